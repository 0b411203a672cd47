package org.matforge.models.internal.osgi;

import org.matforge.commons.adapter.DelegatingModelLoader;
import org.matforge.models.lib.vae.VaeModels;
import org.matforge.spi.backend.ComputeBackend;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.TrainerInfo;
import org.matforge.spi.model.file.ModelFile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Model loader {@code vae}: reads the files that a vae model's {@code save} writes. */
@Component(service = ModelLoader.class)
@TrainerInfo(id = VaeModels.TRAINER, name = "Composition (conditional) VAE loader", description = "Reads vae model files (.mfm).")
public final class VaeLoaderComponent extends DelegatingModelLoader {
    /** @param backend the initialised ND4J backend; referenced so that no network is restored before ND4J is ready */
    @Activate
    public VaeLoaderComponent(@Reference ComputeBackend backend) {
        super(in -> VaeModels.read(ModelFile.read(in)));
    }
}
