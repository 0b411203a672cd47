package org.matforge.predictors.lib.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** σ calibration on real expt_gap rows: the share of unseen errors within ±σ moves towards a Gaussian's 68.3 %. */
class CalibratedEnsembleTest {
    private static final PredictionTask GAP = new PredictionTask("gap-test", "band_gap", "eV", false, List.of("magpie"),
            Map.of("magpie", "1"));

    @Test
    void calibratedSigmaCoversUnseenErrorsNearlyAsAGaussianWould() {
        FeaturizedTable all = FeaturizedTable.read("expt_gap", 0);
        int[] order = Randoms.identity(all.targets().length);
        Randoms.shuffle(order, new SplittableRandom(3));
        FeaturizedTable train = all.rows(Arrays.copyOfRange(order, 0, 2000));
        FeaturizedTable test = all.rows(Arrays.copyOfRange(order, 2000, 3000));
        EnsembleSettings s = EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("members", 4, "epochs", 40, "patience", 8,
                "layers", "64,32", "seed", 5, "targetMin", 0, "validation", 0.2)));
        MlpEnsemble model = EnsembleTraining.train(train.features(), train.targets(), GAP, s, TaskContext.unobserved());

        double factor = model.spec().sigmaScale();
        assertEquals(factor, model.metadata().metrics().get("sigma_scale"));
        assertTrue(factor > 1, "an ensemble of L1 members is too narrow, so σ widens: factor " + factor);
        Prediction[] calibrated = model.predict(test.features(), TaskContext.unobserved());
        Prediction[] raw = Arrays.stream(calibrated).map(p -> new Prediction(p.mean(), p.std() / factor)).toArray(Prediction[]::new);
        double before = SigmaCalibration.coverage(test.targets(), raw, 1);
        double after = SigmaCalibration.coverage(test.targets(), calibrated, 1);
        System.out.printf("CalibratedEnsembleTest: σ × %.3f; unseen errors within ±σ %.1f %% → %.1f %%%n", factor, 100 * before,
                100 * after);
        assertTrue(Math.abs(after - SigmaCalibration.ONE_SIGMA) < Math.abs(before - SigmaCalibration.ONE_SIGMA) - 0.05,
                "within ±σ on unseen rows: " + before + " uncalibrated, " + after + " calibrated");
    }
}
