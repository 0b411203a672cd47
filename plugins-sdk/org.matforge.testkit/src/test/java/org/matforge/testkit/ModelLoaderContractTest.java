package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/** Runs {@link ModelLoaderContract} on one correct and several broken loaders and checks which checks fail. */
class ModelLoaderContractTest {
    private static final int CHECKS = 4;
    private static final String WEIGHTS = "weights";

    /** A linear predictor: mean = w·x + b, σ = 0.1; its file holds "w0 w1 b" as text. */
    static class Linear implements TrainedPredictor {
        final ModelMetadata metadata;
        final double[] weights;

        Linear(ModelMetadata metadata, double[] weights) {
            this.metadata = metadata;
            this.weights = weights;
        }

        @Override
        public String target() {
            return metadata.target();
        }

        @Override
        public List<String> featurizers() {
            return metadata.featurizers();
        }

        @Override
        public List<String> featureLabels() {
            return List.of("x0", "x1");
        }

        @Override
        public Prediction[] predict(FeatureMatrix features, TaskContext context) {
            Prediction[] out = new Prediction[features.rowCount()];
            for (int r = 0; r < out.length; r++) {
                out[r] = new Prediction(weights[0] * features.get(r, 0) + weights[1] * features.get(r, 1) + weights[2], 0.1);
            }
            return out;
        }

        @Override
        public ModelMetadata metadata() {
            return metadata;
        }

        @Override
        public void save(OutputStream out) throws IOException {
            String text = weights[0] + " " + weights[1] + " " + weights[2];
            ModelFile.of(metadata, Map.of(WEIGHTS, text.getBytes(StandardCharsets.UTF_8))).write(out);
        }
    }

    static class Loader implements ModelLoader {
        @Override
        public SavableModel load(InputStream in) throws IOException {
            ModelFile file = ModelFile.read(in);
            String[] w = new String(file.entry(WEIGHTS), StandardCharsets.UTF_8).split(" ");
            return model(file.metadata(), new double[] {Double.parseDouble(w[0]), Double.parseDouble(w[1]), Double.parseDouble(w[2])});
        }

        SavableModel model(ModelMetadata metadata, double[] weights) {
            return new Linear(metadata, weights);
        }
    }

    static byte[] file(String trainer) {
        ModelMetadata metadata = new ModelMetadata(ModelMetadata.PREDICTOR, trainer, "linear-gap", "band_gap", "eV", List.of("xs"),
                Map.of("xs", "1.0.0"), "0".repeat(64), 7, Map.of("mae", 0.3), Map.of(), ModelFile.FORMAT_VERSION);
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new Linear(metadata, new double[] {0.5, -1.25, 2}).save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class GoodContract extends ModelLoaderContract {
        @Override
        protected ModelLoader loader() {
            return new Loader();
        }

        @Override
        protected byte[] modelFile() {
            return file("linear");
        }

        @Override
        protected FeatureMatrix sampleInput() {
            return FeatureMatrix.of(List.of("x0", "x1"), 3, new double[] {1, 2, 0, 0, -3, 0.5});
        }
    }

    public static class BlankTrainer extends GoodContract {
        @Override
        protected byte[] modelFile() {
            return file(" ");
        }
    }

    /** Draws a fresh bias on every load, as if it re-initialised part of the network. */
    public static class DifferentOnEveryLoad extends GoodContract {
        private static final AtomicInteger LOADS = new AtomicInteger();

        @Override
        protected ModelLoader loader() {
            return new Loader() {
                @Override
                SavableModel model(ModelMetadata metadata, double[] weights) {
                    weights[2] += LOADS.incrementAndGet();
                    return new Linear(metadata, weights);
                }
            };
        }
    }

    /** Saves without the bias, so a saved model reloads to other predictions. */
    public static class SaveLosesTheBias extends GoodContract {
        @Override
        protected ModelLoader loader() {
            return new Loader() {
                @Override
                SavableModel model(ModelMetadata metadata, double[] weights) {
                    return new Linear(metadata, weights) {
                        @Override
                        public void save(OutputStream out) throws IOException {
                            new Linear(metadata, new double[] {weights[0], weights[1], 0}).save(out);
                        }
                    };
                }
            };
        }
    }

    public static class UncheckedOnTruncation extends GoodContract {
        @Override
        protected ModelLoader loader() {
            return new Loader() {
                @Override
                public SavableModel load(InputStream in) {
                    try {
                        return super.load(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }
    }

    @Test
    void correctLoaderPassesAll() {
        assertEquals(Set.of(), ContractRun.failedChecks(GoodContract.class, CHECKS));
    }

    @Test
    void aBlankTrainerFails() {
        assertEquals(Set.of("loadsWithWellFormedMetadata"), ContractRun.failedChecks(BlankTrainer.class, CHECKS));
    }

    @Test
    void predictionsThatChangeBetweenLoadsFail() {
        Set<String> failed = ContractRun.failedChecks(DifferentOnEveryLoad.class, CHECKS);
        assertTrue(failed.contains("twoLoadsPredictTheSame"), failed.toString());
    }

    @Test
    void aSaveThatLosesStateFails() {
        assertEquals(Set.of("savedAgainReloadsToTheSamePredictions"), ContractRun.failedChecks(SaveLosesTheBias.class, CHECKS));
    }

    @Test
    void anUncheckedExceptionForATruncatedFileFails() {
        assertEquals(Set.of("truncatedFileIsAnIOException"), ContractRun.failedChecks(UncheckedOnTruncation.class, CHECKS));
    }
}
