package org.matforge.spark;

import java.util.Map;

import org.matforge.models.lib.gan.GanModels;
import org.matforge.models.lib.vae.VaeModels;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.model.file.ModelFileException;
import org.matforge.spi.model.file.ModelFiles;
import org.matforge.spi.model.file.ModelSource;

/**
 * Loads model files outside OSGi through the SDK's one reader ({@link ModelFiles#load}), with the loaders of our
 * model kinds — the same {@code read(ModelFile)} calls the loader components make.
 */
public final class Models {
    private static final Map<String, ModelLoader> LOADERS = Map.of(
            MlpEnsemble.TRAINER, in -> MlpEnsemble.read(ModelFile.read(in)),
            GanModels.TRAINER, in -> GanModels.read(ModelFile.read(in)),
            VaeModels.TRAINER, in -> VaeModels.read(ModelFile.read(in)));

    private Models() {
    }

    /**
     * @param name how to name the file in messages
     * @param file its bytes
     * @param type the kind of model expected
     * @throws ModelFileException naming the file and what is wrong, in one line
     */
    public static <T extends SavableModel> T load(String name, byte[] file, Class<T> type) throws ModelFileException {
        return ModelFiles.load(name, ModelSource.of(file), type, LOADERS::get);
    }
}
