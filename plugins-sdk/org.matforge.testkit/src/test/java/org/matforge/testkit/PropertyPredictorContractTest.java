package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.task.TaskContext;

/** Runs {@link PropertyPredictorContract} on one correct and several broken predictors and checks which checks fail. */
class PropertyPredictorContractTest {
    private static final int CHECKS = 7;
    private static final List<String> LABELS = List.of("mean electronegativity", "mean atomic radius", "valence electrons");
    private static final double[] WEIGHTS = {1.5, -0.01, 0.2};

    /** Correct: a linear model, NaN features imputed as 0, σ growing with the first feature. */
    static class Good implements PropertyPredictor {
        @Override
        public String target() {
            return "band_gap";
        }

        @Override
        public List<String> featurizers() {
            return List.of("magpie");
        }

        @Override
        public List<String> featureLabels() {
            return LABELS;
        }

        @Override
        public Prediction[] predict(FeatureMatrix features, TaskContext context) {
            if (!features.labels().equals(LABELS)) {
                throw new IllegalArgumentException("expects columns " + LABELS + ", got " + features.labels());
            }
            Prediction[] out = new Prediction[features.rowCount()];
            for (int r = 0; r < out.length; r++) {
                out[r] = row(features.row(r), features);
            }
            return out;
        }

        Prediction row(double[] x, FeatureMatrix batch) {
            double mean = 0;
            for (int j = 0; j < x.length; j++) {
                mean += WEIGHTS[j] * (Double.isNaN(x[j]) ? 0 : x[j]);
            }
            return new Prediction(mean, 0.1 + 0.05 * Math.abs(Double.isNaN(x[0]) ? 0 : x[0]));
        }
    }

    public static class GoodContract extends PropertyPredictorContract {
        @Override
        protected PropertyPredictor predictor() {
            return new Good();
        }

        @Override
        protected FeatureMatrix sampleInput() {
            return FeatureMatrix.of(LABELS, 4, new double[] {1.9, 130, 8, 2.5, 70, 6, 1.2, 180, 3, 2.0, 110, 5});
        }
    }

    public static class DuplicateLabel extends GoodContract {
        @Override
        protected PropertyPredictor predictor() {
            return new Good() {
                @Override
                public List<String> featureLabels() {
                    return List.of(LABELS.get(0), LABELS.get(0), LABELS.get(2));
                }
            };
        }
    }

    public static class InfiniteSigma extends GoodContract {
        @Override
        protected PropertyPredictor predictor() {
            return new Good() {
                @Override
                Prediction row(double[] x, FeatureMatrix batch) {
                    return new Prediction(super.row(x, batch).mean(), x[2] > 7 ? Double.POSITIVE_INFINITY : 0.1);
                }
            };
        }
    }

    public static class DropsTheLastRow extends GoodContract {
        @Override
        protected PropertyPredictor predictor() {
            return new Good() {
                @Override
                public Prediction[] predict(FeatureMatrix features, TaskContext context) {
                    Prediction[] all = super.predict(features, context);
                    return java.util.Arrays.copyOf(all, Math.max(0, all.length - 1));
                }
            };
        }
    }

    /** Dropout left on at prediction time: every call differs a little. */
    public static class NoisyCalls extends GoodContract {
        @Override
        protected PropertyPredictor predictor() {
            return new Good() {
                @Override
                Prediction row(double[] x, FeatureMatrix batch) {
                    Prediction p = super.row(x, batch);
                    return new Prediction(p.mean() + 1e-3 * Math.random(), p.std());
                }
            };
        }
    }

    /** Normalises by the batch's own mean (batch statistics at prediction time): a row depends on its neighbours. */
    public static class BatchNormalised extends GoodContract {
        @Override
        protected PropertyPredictor predictor() {
            return new Good() {
                @Override
                Prediction row(double[] x, FeatureMatrix batch) {
                    double[] first = batch.column(0);
                    double mean = java.util.Arrays.stream(first).filter(v -> !Double.isNaN(v)).average().orElse(0);
                    double[] centred = x.clone();
                    centred[0] -= mean;
                    return super.row(centred, batch);
                }
            };
        }
    }

    /** Keeps the running sum in a field shared by all callers. */
    public static class SharedScratch extends GoodContract {
        private final PropertyPredictor shared = new Good() {
            private double sum;

            @Override
            Prediction row(double[] x, FeatureMatrix batch) {
                sum = 0;
                for (int j = 0; j < x.length; j++) {
                    sum += WEIGHTS[j] * x[j];
                }
                pauseSoOtherCallsOverwriteTheScratch();
                return new Prediction(sum, 0.1);
            }
        };

        @Override
        protected PropertyPredictor predictor() {
            return shared;
        }
    }

    /** A yield alone let the calls run one after another on an idle machine; a sleep makes them overlap. */
    private static void pauseSoOtherCallsOverwriteTheScratch() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static class ThrowsOnNaN extends GoodContract {
        @Override
        protected PropertyPredictor predictor() {
            return new Good() {
                @Override
                Prediction row(double[] x, FeatureMatrix batch) {
                    for (double v : x) {
                        if (Double.isNaN(v)) {
                            throw new IllegalArgumentException("NaN feature");
                        }
                    }
                    return super.row(x, batch);
                }
            };
        }
    }

    public static class IgnoresColumnNames extends GoodContract {
        @Override
        protected PropertyPredictor predictor() {
            return new Good() {
                @Override
                public Prediction[] predict(FeatureMatrix features, TaskContext context) {
                    if (features.columnCount() != LABELS.size()) {
                        throw new IllegalArgumentException("expects " + LABELS.size() + " columns");
                    }
                    return super.predict(FeatureMatrix.of(LABELS, features.rowCount(), features.toArray()), context);
                }
            };
        }
    }

    @Test
    void correctPredictorPassesAll() {
        assertEquals(Set.of(), ContractRun.failedChecks(GoodContract.class, CHECKS));
    }

    @Test
    void duplicateLabelsFail() {
        assertEquals(Set.of("labelsTargetAndFeaturizersAreWellFormed"), ContractRun.failedChecks(DuplicateLabel.class, CHECKS));
    }

    @Test
    void anInfiniteSigmaFails() {
        assertEquals(Set.of("onePredictionPerRowWithANonNegativeFiniteSigma"), ContractRun.failedChecks(InfiniteSigma.class, CHECKS));
    }

    @Test
    void aMissingRowFails() {
        Set<String> failed = ContractRun.failedChecks(DropsTheLastRow.class, CHECKS);
        assertTrue(failed.contains("onePredictionPerRowWithANonNegativeFiniteSigma"), failed.toString());
    }

    @Test
    void predictionsThatChangeBetweenCallsFail() {
        Set<String> failed = ContractRun.failedChecks(NoisyCalls.class, CHECKS);
        assertTrue(failed.contains("sameRowsGiveTheSamePredictions"), failed.toString());
    }

    @Test
    void rowsThatDependOnTheBatchFail() {
        Set<String> failed = ContractRun.failedChecks(BatchNormalised.class, CHECKS);
        assertTrue(failed.contains("eachRowIsPredictedAsInABatch"), failed.toString());
    }

    @Test
    void sharedMutableStateFails() {
        assertEquals(Set.of("concurrentCallsGiveTheSequentialPredictions"), ContractRun.failedChecks(SharedScratch.class, CHECKS));
    }

    @Test
    void anExceptionForNaNFeaturesFails() {
        assertEquals(Set.of("nanFeaturesGiveAPredictionNotAnException"), ContractRun.failedChecks(ThrowsOnNaN.class, CHECKS));
    }

    @Test
    void acceptingWrongColumnsFails() {
        assertEquals(Set.of("wrongColumnsAreRefused"), ContractRun.failedChecks(IgnoresColumnNames.class, CHECKS));
    }
}
