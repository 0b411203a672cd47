package org.matforge.predictors.lib.ensemble;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Prediction;
import org.matforge.commons.nn.Randoms;
import org.matforge.predictors.internal.FeaturizedTable;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.task.TaskContext;

class EnsembleClassificationTest {
    private static final PredictionTask METAL = new PredictionTask("metal-test", "is_metal", "", true, List.of("magpie"),
            Map.of());

    @Test
    void predictsProbabilitiesThatBeatTheMajorityClass() {
        FeaturizedTable all = FeaturizedTable.read("expt_is_metal", 0);
        int[] order = Randoms.identity(all.targets().length);
        Randoms.shuffle(order, new SplittableRandom(9));
        FeaturizedTable train = all.rows(Arrays.copyOfRange(order, 0, 800));
        FeaturizedTable test = all.rows(Arrays.copyOfRange(order, 800, 1100));
        MlpEnsemble model = EnsembleTraining.train(train.features(), train.targets(), METAL, EnsembleSettings.DEFAULTS
                .with(Parameters.of(Map.of("members", 2, "epochs", 20, "patience", 5, "layers", "64"))), TaskContext.unobserved());
        Prediction[] p = model.predict(test.features(), TaskContext.unobserved());
        int correct = 0;
        double ones = Arrays.stream(train.targets()).sum() / train.targets().length;
        int majority = 0;
        for (int i = 0; i < p.length; i++) {
            assertTrue(p[i].mean() >= 0 && p[i].mean() <= 1, p[i].toString());
            correct += (p[i].mean() >= 0.5 ? 1 : 0) == test.targets()[i] ? 1 : 0;
            majority += (ones >= 0.5 ? 1 : 0) == test.targets()[i] ? 1 : 0;
        }
        assertTrue(correct > majority + 0.05 * p.length, correct + " correct vs majority " + majority + " of " + p.length);
        assertTrue(model.metadata().metrics().containsKey("validation_logloss"));
    }

    @Test
    void rejectsTargetsThatAreNotZeroOrOne() {
        FeaturizedTable t = FeaturizedTable.read("expt_gap", 50);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EnsembleTraining.train(t.features(),
                t.targets(), METAL, EnsembleSettings.DEFAULTS, TaskContext.unobserved()));
        assertTrue(e.getMessage().contains("expected 0 or 1"), e.getMessage());
    }
}
