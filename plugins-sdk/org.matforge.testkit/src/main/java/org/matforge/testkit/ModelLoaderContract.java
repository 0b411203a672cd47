package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/**
 * The checks the platform relies on for every {@link ModelLoader}. A plug-in author extends this class in a test and
 * supplies the loader, the bytes of a model file it wrote (e.g. a small model trained in the test or a file kept in
 * test resources) and, for a predictor, features to predict. The prediction checks are skipped for generators.
 */
public abstract class ModelLoaderContract {
    /** @return the loader under test */
    protected abstract ModelLoader loader();

    /** @return a whole model file this loader reads */
    protected abstract byte[] modelFile();

    /** @return rows to predict, with the predictor's feature labels; unused for a generator */
    protected abstract FeatureMatrix sampleInput();

    @Test
    void loadsWithWellFormedMetadata() throws IOException {
        SavableModel first = load(modelFile());
        SavableModel second = load(modelFile());
        ModelMetadata metadata = first.metadata();
        assertNotNull(metadata, "metadata() returned null");
        assertTrue(metadata.trainer() != null && !metadata.trainer().isBlank(), "the metadata names no trainer");
        if (ModelMetadata.PREDICTOR.equals(metadata.kind())) {
            assertTrue(first instanceof TrainedPredictor, "kind 'predictor' but not a TrainedPredictor: " + first.getClass());
        } else {
            assertTrue(first instanceof TrainedGenerator, "kind 'generator' but not a TrainedGenerator: " + first.getClass());
        }
        assertEquals(metadata, second.metadata(), "two loads of the same file give different metadata");
        assertEquals(ModelFile.read(new ByteArrayInputStream(modelFile())).metadata(), metadata,
                "metadata() differs from the metadata the model file holds");
    }

    @Test
    void twoLoadsPredictTheSame() throws IOException {
        Prediction[] first = predict(load(modelFile()));
        assertEquals(sampleInput().rowCount(), first.length, "one prediction per row");
        assertArrayEquals(first, predict(load(modelFile())), "two loads of the same file predict differently");
    }

    @Test
    void savedAgainReloadsToTheSamePredictions() throws IOException {
        SavableModel model = load(modelFile());
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        model.save(saved);
        SavableModel reloaded = load(saved.toByteArray());
        assertEquals(model.metadata(), reloaded.metadata(), "save then load changed the metadata");
        assertArrayEquals(predict(model), predict(reloaded), "save then load changed the predictions");
    }

    @Test
    void truncatedFileIsAnIOException() {
        byte[] whole = modelFile();
        for (int length : new int[] {0, 10, whole.length / 2, whole.length - 1}) {
            byte[] truncated = Arrays.copyOf(whole, Math.max(0, length));
            try {
                loader().load(new ByteArrayInputStream(truncated));
                fail("a file truncated to " + truncated.length + " of " + whole.length + " bytes loaded");
            } catch (IOException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(),
                        "truncated to " + truncated.length + " bytes: IOException without message");
            } catch (RuntimeException e) {
                fail("truncated to " + truncated.length + " bytes: " + e.getClass().getName() + " (" + e.getMessage()
                        + "); ModelLoader#load reports a corrupt file as IOException", e);
            }
        }
    }

    private SavableModel load(byte[] bytes) throws IOException {
        SavableModel model = loader().load(new ByteArrayInputStream(bytes));
        assertNotNull(model, "load returned null");
        return model;
    }

    private Prediction[] predict(SavableModel model) {
        assumeTrue(model instanceof TrainedPredictor, "not a predictor: no predictions to compare");
        Prediction[] predictions = ((TrainedPredictor) model).predict(sampleInput(), TaskContext.unobserved());
        assertNotNull(predictions, "predict returned null");
        return predictions;
    }
}
