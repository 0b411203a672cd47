package org.matforge.orchestrator.internal.engine.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import com.google.gson.JsonObject;

import org.matforge.api.plugin.PluginKind;
import org.matforge.orchestrator.internal.engine.Provenance;
import org.matforge.orchestrator.internal.engine.RunExecution;
import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.workflow.ModelFile;
import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.file.ModelFileException;
import org.matforge.spi.model.file.ModelSource;

/**
 * Loads the model file of a load-predictor or load-generator step with the {@link ModelLoader} of the trainer that
 * made it, through the platform's one loading of model files ({@link org.matforge.spi.model.file.ModelFiles}). The
 * file is read once into memory, so the SHA-256 recorded in run.json is that of the bytes loaded, even if the file is
 * replaced meanwhile. Every failure is a {@link StepException} naming the file.
 */
final class ModelFiles {
    private ModelFiles() {
    }

    /**
     * @param kind {@link ModelMetadata#PREDICTOR} or {@link ModelMetadata#GENERATOR}
     * @param type what the loaded model must be ({@code TrainedPredictor} or {@code TrainedGenerator})
     * @return the model; the loader is leased for the run, and the file, its SHA-256 and the model's metadata are in
     *         the step's record
     */
    static <T extends SavableModel> T load(StepEnv env, String field, String kind, Class<T> type) throws StepException, InterruptedException {
        ModelFile validated = env.step().file(field).orElseThrow();
        Path path = validated.path();
        byte[] bytes = read(path);
        ModelSource source = ModelSource.of(bytes);
        ModelMetadata metadata;
        try {
            metadata = org.matforge.spi.model.file.ModelFiles.readMetadata(path.toString(), source);
        } catch (ModelFileException e) {
            throw new StepException("cannot use " + path + ": " + e.reason(), e);
        }
        Optional<String> wrong = ModelFile.wrongKind(path, metadata, kind);
        if (wrong.isPresent()) {
            throw new StepException(wrong.get());
        }
        String sha256 = Provenance.sha256(bytes);
        JsonObject record = env.record();
        record.addProperty("file", path.toString());
        record.addProperty("fileSha256", sha256);
        record.addProperty("fileBytes", bytes.length);
        PluginRef ref = PluginRef.of(PluginKind.MODEL_LOADER, metadata.trainer(), env.step().path() + "." + field);
        ModelLoader loader = env.plugin(ref, ModelLoader.class);
        T model;
        try {
            model = org.matforge.spi.model.file.ModelFiles.load(path.toString(), source, type, trainer -> loader);
        } catch (ModelFileException e) {
            throw new StepException(e.getMessage(), e);
        }
        record.add("model", Provenance.json(model.metadata()));
        env.log("loaded " + kind + " '" + model.metadata().id() + "' (trainer " + metadata.trainer() + ") from " + path + ", SHA-256 " + sha256);
        return model;
    }

    private static byte[] read(Path path) throws StepException {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new StepException("model file " + path + " is gone (it was there when the workflow was validated)", e);
        } catch (IOException e) {
            throw new StepException("cannot read model file " + path + ": " + ModelFile.message(e), e);
        } catch (OutOfMemoryError e) {
            throw new StepException("cannot read model file " + path + ": " + RunExecution.describe(e), e);
        }
    }
}
