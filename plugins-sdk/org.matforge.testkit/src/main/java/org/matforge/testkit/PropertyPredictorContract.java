package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.task.TaskContext;

/**
 * The checks the platform relies on for every {@link PropertyPredictor}. A plug-in author extends this class in a
 * test, returns the predictor under test from {@link #predictor()} (e.g. a small model trained in the test) and rows
 * to predict, with the predictor's feature labels, from {@link #sampleInput()} (e.g. real compositions featurized with
 * the featurizers the predictor names).
 */
public abstract class PropertyPredictorContract {
    private static final int THREADS = 4;
    private static final int ROUNDS = 10;

    /** @return the predictor under test */
    protected abstract PropertyPredictor predictor();

    /** @return at least two rows to predict, columns equal to {@code featureLabels()}, no NaN */
    protected abstract FeatureMatrix sampleInput();

    @Test
    void labelsTargetAndFeaturizersAreWellFormed() {
        PropertyPredictor p = predictor();
        assertTrue(p.target() != null && !p.target().isBlank(), "target() is null or blank");
        List<String> labels = p.featureLabels();
        assertNotNull(labels, "featureLabels() returned null");
        assertFalse(labels.isEmpty(), "featureLabels() is empty");
        assertEquals(labels.size(), new HashSet<>(labels).size(), "featureLabels() has duplicates: " + labels);
        assertEquals(labels, p.featureLabels(), "featureLabels() differs between two calls");
        assertNotNull(p.featurizers(), "featurizers() returned null");
        p.featurizers().forEach(f -> assertTrue(f != null && !f.isBlank(), "featurizers() has a blank id: " + p.featurizers()));
        assertEquals(labels, sampleInput().labels(), "sampleInput() must have the predictor's featureLabels()");
    }

    @Test
    void onePredictionPerRowWithANonNegativeFiniteSigma() {
        FeatureMatrix input = sampleInput();
        Prediction[] predictions = predict(input);
        assertEquals(input.rowCount(), predictions.length, "one prediction per row");
        for (int r = 0; r < predictions.length; r++) {
            Prediction p = predictions[r];
            assertNotNull(p, "prediction " + r + " is null");
            assertTrue(Double.isFinite(p.mean()), "row " + r + ": mean " + p.mean() + " for finite features");
            assertTrue(p.std() >= 0 && Double.isFinite(p.std()), "row " + r + ": σ " + p.std() + " is not a finite value ≥ 0");
        }
    }

    @Test
    void sameRowsGiveTheSamePredictions() {
        assertArrayEquals(predict(sampleInput()), predict(sampleInput()), "two calls on the same rows differ");
    }

    /** Rows are independent: a row's prediction does not depend on the other rows of the batch or on its position. */
    @Test
    void eachRowIsPredictedAsInABatch() {
        FeatureMatrix input = sampleInput();
        Prediction[] batch = predict(input);
        for (int r = input.rowCount() - 1; r >= 0; r--) {
            Prediction alone = predict(input.rows(r))[0];
            assertEquals(batch[r].mean(), alone.mean(), tolerance(batch[r].mean()), "row " + r + ": mean alone vs in the batch");
            assertEquals(batch[r].std(), alone.std(), tolerance(batch[r].std()), "row " + r + ": σ alone vs in the batch");
        }
    }

    @Test
    void concurrentCallsGiveTheSequentialPredictions() throws Exception {
        FeatureMatrix input = sampleInput();
        Prediction[] expected = predict(input);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Prediction[]>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    List<Prediction[]> out = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        out.add(predict(input));
                    }
                    return out;
                }));
            }
            for (Future<List<Prediction[]>> result : results) {
                for (Prediction[] got : result.get()) {
                    assertArrayEquals(expected, got, "a concurrent call predicted differently");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * NaN is an undefined feature (e.g. an element a featurizer has no data for, or a composition that did not parse):
     * the row still gets a prediction — a mean that is a number or NaN, never infinite, and a σ ≥ 0 — never an
     * exception, and the other rows are predicted as without it.
     */
    @Test
    void nanFeaturesGiveAPredictionNotAnException() {
        FeatureMatrix input = sampleInput();
        int width = input.columnCount();
        double[] values = Arrays.copyOf(input.toArray(), (input.rowCount() + 2) * width);
        int partial = input.rowCount();
        System.arraycopy(input.row(0), 0, values, partial * width, width);
        values[partial * width] = Double.NaN;
        Arrays.fill(values, (partial + 1) * width, (partial + 2) * width, Double.NaN);
        FeatureMatrix withNaN = FeatureMatrix.of(input.labels(), input.rowCount() + 2, values);
        Prediction[] predictions;
        try {
            predictions = predictor().predict(withNaN, TaskContext.unobserved());
        } catch (RuntimeException e) {
            fail("rows with NaN features: " + e + "; an undefined feature must not fail the batch", e);
            return;
        }
        assertNotNull(predictions, "predict returned null");
        assertEquals(withNaN.rowCount(), predictions.length, "one prediction per row, NaN rows included");
        for (int r = partial; r < predictions.length; r++) {
            assertNotNull(predictions[r], "NaN row " + r + ": null prediction");
            assertFalse(Double.isInfinite(predictions[r].mean()), "NaN row " + r + ": mean is infinite");
        }
        Prediction[] clean = predict(input);
        for (int r = 0; r < clean.length; r++) {
            assertEquals(clean[r].mean(), predictions[r].mean(), tolerance(clean[r].mean()),
                    "row " + r + " is predicted differently next to NaN rows");
        }
    }

    @Test
    void wrongColumnsAreRefused() {
        FeatureMatrix input = sampleInput();
        List<String> labels = new ArrayList<>(input.labels());
        labels.set(0, labels.get(0) + " (not a feature of this predictor)");
        FeatureMatrix renamed = FeatureMatrix.of(labels, input.rowCount(), input.toArray());
        assertThrows(IllegalArgumentException.class, () -> predictor().predict(renamed, TaskContext.unobserved()),
                "a column that is not featureLabels() must be refused with IllegalArgumentException (PropertyPredictor#predict)");
        FeatureMatrix narrower = FeatureMatrix.of(labels.subList(1, labels.size()), input.rowCount(), dropFirstColumn(input));
        assertThrows(IllegalArgumentException.class, () -> predictor().predict(narrower, TaskContext.unobserved()),
                "one column too few must be refused with IllegalArgumentException (PropertyPredictor#predict)");
    }

    private Prediction[] predict(FeatureMatrix features) {
        Prediction[] predictions = predictor().predict(features, TaskContext.unobserved());
        assertNotNull(predictions, "predict returned null");
        return predictions;
    }

    /** Float32 networks may round differently for another batch shape; more than this is not rounding. */
    private static double tolerance(double value) {
        return 1e-5 * Math.max(1, Math.abs(value));
    }

    private static double[] dropFirstColumn(FeatureMatrix input) {
        int width = input.columnCount() - 1;
        double[] values = new double[input.rowCount() * width];
        for (int r = 0; r < input.rowCount(); r++) {
            System.arraycopy(input.row(r), 1, values, r * width, width);
        }
        return values;
    }
}
