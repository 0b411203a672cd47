package org.matforge.explain.internal.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.explain.LocalExplanation;
import org.matforge.explain.internal.TrainedGapModel;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.spi.task.TaskContext;

/** Integrated gradients and Shapley sampling on a real trained network, and on a linear function with known answers. */
class LocalAttributionTest {
    private static TrainedGapModel.Rows rows;
    private static MlpEnsemble model;
    private static final Explanations EXPLAIN = new Explanations();

    @BeforeAll
    static void train() {
        rows = TrainedGapModel.rows(500);
        model = TrainedGapModel.train(rows);
    }

    private static FeatureMatrix firstRows(int n) {
        double[] data = new double[n * rows.magpie().columnCount()];
        for (int r = 0; r < n; r++) {
            rows.magpie().copyRow(r * 7, data, r * rows.magpie().columnCount());
        }
        return FeatureMatrix.wrap(rows.magpie().labels(), n, data);
    }

    @Test
    void integratedGradientsAreCompleteWithinOnePercentOnATrainedNetwork() {
        List<LocalExplanation> explanations = EXPLAIN.attributions(model, firstRows(25), rows.magpie(),
                Parameters.empty(), TaskContext.unobserved());
        int checked = 0;
        for (LocalExplanation e : explanations) {
            assertEquals("integrated-gradients", e.method());
            double difference = e.prediction() - e.baselinePrediction();
            if (Math.abs(difference) > 0.05) {
                assertTrue(e.completenessGap() < 0.01, "gap " + e.completenessGap() + " of " + difference);
                checked++;
            } else {
                assertEquals(difference, e.total(), 5e-4);
            }
        }
        assertTrue(checked >= 10, "only " + checked + " rows far enough from the baseline");
    }

    @Test
    void shapleySamplingIsExactlyCompleteAndAgreesWithIntegratedGradientsOnTheLargestFeatures() {
        FeatureMatrix some = firstRows(4);
        List<LocalExplanation> shapley = EXPLAIN.attributions(model, some, rows.magpie(),
                Parameters.of(Map.of("method", "shapley-sampling", "samples", 48, "seed", 3)), TaskContext.unobserved());
        List<LocalExplanation> ig = EXPLAIN.attributions(model, some, rows.magpie(), Parameters.empty(), TaskContext.unobserved());
        for (int i = 0; i < some.rowCount(); i++) {
            LocalExplanation s = shapley.get(i);
            // the network computes in float32, so batches of different sizes agree to about 1e-7 relative
            assertEquals(s.prediction() - s.baselinePrediction(), s.total(), 1e-5);
            assertEquals(ig.get(i).prediction(), s.prediction(), 1e-5);
            assertTrue(correlation(s.attributions(), ig.get(i).attributions()) > 0.5,
                    "row " + i + ": Shapley and IG attributions disagree");
        }
    }

    @Test
    void bothMethodsRecoverTheTermsOfALinearFunction() {
        List<String> labels = List.of("a", "b", "c");
        double[] w = {2, -1, 0.5};
        MeanModel linear = m -> {
            double[] out = new double[m.rowCount()];
            for (int r = 0; r < out.length; r++) {
                for (int c = 0; c < 3; c++) {
                    out[r] += w[c] * m.get(r, c);
                }
            }
            return out;
        };
        GradientModel constant = m -> {
            double[] g = new double[m.rowCount() * 3];
            for (int r = 0; r < m.rowCount(); r++) {
                System.arraycopy(w, 0, g, r * 3, 3);
            }
            return FeatureMatrix.wrap(labels, m.rowCount(), g);
        };
        double[] x = {1, 2, Double.NaN};
        double[] b = {0.5, 0, 4};
        double[] expected = {1.0, -2.0, 0.0};
        double[] ig = new IntegratedGradients(linear, constant, 8).explain(labels, x, b).attributions();
        double[] sh = new ShapleySampling(linear, 5, 1).explain(labels, x, b).attributions();
        for (int c = 0; c < 3; c++) {
            assertEquals(expected[c], ig[c], 1e-12);
            assertEquals(expected[c], sh[c], 1e-12);
        }
    }

    @Test
    void wrongOptionsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EXPLAIN.attributions(model,
                firstRows(1), rows.magpie(), Parameters.of(Map.of("stepz", 3)), TaskContext.unobserved()));
        assertTrue(e.getMessage().contains("'stepz'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EXPLAIN.attributions(model, firstRows(1), rows.magpie(),
                Parameters.of(Map.of("method", "lime")), TaskContext.unobserved()));
        assertTrue(e.getMessage().contains("method"), e.getMessage());
    }

    private static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }
}
