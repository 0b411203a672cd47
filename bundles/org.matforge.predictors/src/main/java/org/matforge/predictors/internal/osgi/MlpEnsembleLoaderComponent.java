package org.matforge.predictors.internal.osgi;

import org.matforge.commons.adapter.DelegatingModelLoader;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.spi.backend.ComputeBackend;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.TrainerInfo;
import org.matforge.spi.model.file.ModelFile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Model loader {@code mlp-ensemble}: reads the files that {@link MlpEnsemble#save} writes. */
@Component(service = ModelLoader.class)
@TrainerInfo(id = MlpEnsemble.TRAINER, name = "MLP deep ensemble loader", description = "Reads mlp-ensemble model files (.mfm).")
public final class MlpEnsembleLoaderComponent extends DelegatingModelLoader {
    /** @param backend the initialised ND4J backend; referenced so that no network is restored before ND4J is ready */
    @Activate
    public MlpEnsembleLoaderComponent(@Reference ComputeBackend backend) {
        super(in -> MlpEnsemble.read(ModelFile.read(in)));
    }
}
