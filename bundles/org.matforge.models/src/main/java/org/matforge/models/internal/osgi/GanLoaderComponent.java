package org.matforge.models.internal.osgi;

import org.matforge.commons.adapter.DelegatingModelLoader;
import org.matforge.models.lib.gan.GanModels;
import org.matforge.spi.backend.ComputeBackend;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.TrainerInfo;
import org.matforge.spi.model.file.ModelFile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Model loader {@code gan}: reads the files that a gan model's {@code save} writes. */
@Component(service = ModelLoader.class)
@TrainerInfo(id = GanModels.TRAINER, name = "Composition GAN loader", description = "Reads gan model files (.mfm).")
public final class GanLoaderComponent extends DelegatingModelLoader {
    /** @param backend the initialised ND4J backend; referenced so that no network is restored before ND4J is ready */
    @Activate
    public GanLoaderComponent(@Reference ComputeBackend backend) {
        super(in -> GanModels.read(ModelFile.read(in)));
    }
}
