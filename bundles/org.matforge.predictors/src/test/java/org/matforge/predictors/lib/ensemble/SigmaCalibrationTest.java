package org.matforge.predictors.lib.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.matforge.api.discovery.Prediction;

class SigmaCalibrationTest {
    @Test
    void errorsTwiceAsWideAsSigmaGiveAFactorOfTwoAndThenAGaussianCoverage() {
        Random random = new Random(11);
        int n = 20_000;
        double[] actual = new double[n];
        Prediction[] predictions = new Prediction[n];
        for (int i = 0; i < n; i++) {
            double sigma = 0.1 + random.nextDouble();
            predictions[i] = new Prediction(5 * random.nextDouble(), sigma);
            actual[i] = predictions[i].mean() + 2 * sigma * random.nextGaussian();
        }
        double factor = SigmaCalibration.fit(actual, predictions).orElseThrow();
        assertEquals(2, factor, 0.05);
        assertEquals(0.383, SigmaCalibration.coverage(actual, predictions, 1), 0.01);

        Prediction[] scaled = new Prediction[n];
        for (int i = 0; i < n; i++) {
            scaled[i] = new Prediction(predictions[i].mean(), predictions[i].std() * factor);
        }
        assertEquals(SigmaCalibration.ONE_SIGMA, SigmaCalibration.coverage(actual, scaled, 1), 0.001);
        assertEquals(0.954, SigmaCalibration.coverage(actual, scaled, 2), 0.01);
    }

    @Test
    void tooFewRowsWithASpreadLeaveSigmaAsItIs() {
        double[] actual = new double[30];
        Prediction[] predictions = new Prediction[30];
        for (int i = 0; i < 30; i++) {
            actual[i] = i;
            predictions[i] = new Prediction(i + 1, i < SigmaCalibration.MIN_ROWS - 1 ? 0.5 : 0);
        }
        assertTrue(SigmaCalibration.fit(actual, predictions).isEmpty());
    }
}
