package org.matforge.orchestrator.itest.plugins;

import java.io.IOException;
import java.io.InputStream;

import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.TrainerInfo;
import org.matforge.spi.model.file.ModelFile;
import org.osgi.service.component.annotations.Component;

/** Test model loader {@code knn}: reads the model files {@link KnnModel} writes with the SDK's public container. */
@Component
@TrainerInfo(id = KnnModel.TRAINER, name = "k nearest neighbours loader", description = "reads knn model files (.mfm) for the orchestrator tests")
public class KnnLoader implements ModelLoader {
    @Override
    public SavableModel load(InputStream in) throws IOException {
        return KnnModel.read(ModelFile.read(in));
    }
}
