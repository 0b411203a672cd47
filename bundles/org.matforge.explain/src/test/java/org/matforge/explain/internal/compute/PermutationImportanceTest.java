package org.matforge.explain.internal.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.explain.GlobalExplanation;
import org.matforge.predictors.lib.ensemble.EnsembleSettings;
import org.matforge.predictors.lib.ensemble.EnsembleTraining;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.task.TaskContext;

/** Permutation importance finds a planted informative feature in synthetic data learned by a real network. */
class PermutationImportanceTest {
    @Test
    void ranksThePlantedFeatureAndItsGroupFirst() {
        List<String> labels = List.of("Src mean Noise1", "Src range Noise1", "Src mean Signal", "Src range Signal",
                "Other", "Src mean Noise2");
        int rows = 800;
        SplittableRandom random = new SplittableRandom(21);
        double[] x = new double[rows * labels.size()];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < labels.size(); c++) {
                x[r * labels.size() + c] = random.nextGaussian();
            }
            y[r] = 2.0 * x[r * labels.size() + 2] + 0.3 * x[r * labels.size() + 3] + 0.1 * random.nextGaussian();
        }
        FeatureMatrix features = FeatureMatrix.wrap(labels, rows, x);
        PredictionTask task = new PredictionTask("synthetic", "y", "", false, List.of("synthetic"), Map.of());
        MlpEnsemble model = EnsembleTraining.train(features, y, task, EnsembleSettings.DEFAULTS.with(
                Parameters.of(Map.of("members", 2, "epochs", 30, "layers", "32", "seed", 5))), TaskContext.unobserved());

        GlobalExplanation explanation = new Explanations().importance(model, features, y,
                Parameters.of(Map.of("repeats", 3, "seed", 9)), TaskContext.unobserved());

        assertEquals("mae", explanation.metric());
        assertEquals("Src mean Signal", explanation.features().get(0).name());
        assertEquals("Src Signal", explanation.groups().get(0).name());
        assertEquals(2, explanation.groups().get(0).members());
        double top = explanation.features().get(0).importance();
        double noise = explanation.features().stream().filter(i -> i.name().contains("Noise")).mapToDouble(i -> i.importance())
                .max().orElseThrow();
        assertTrue(top > 10 * Math.max(noise, 1e-3), "planted " + top + " vs noise " + noise);
        assertTrue(explanation.features().get(0).std() >= 0);
    }

    @Test
    void groupsStripTheStatisticFromMatminerLabels() {
        assertEquals("MagpieData Electronegativity", FeatureGroups.groupOf("MagpieData avg_dev Electronegativity"));
        assertEquals("MagpieData CovalentRadius", FeatureGroups.groupOf("MagpieData mean CovalentRadius"));
        assertEquals("oxidation state", FeatureGroups.groupOf("maximum oxidation state"));
        assertEquals("0-norm", FeatureGroups.groupOf("0-norm"));
        assertEquals("Fe", FeatureGroups.groupOf("Fe"));
        assertEquals("mean", FeatureGroups.groupOf("mean"));
    }
}
