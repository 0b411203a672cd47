package org.matforge.models.lib.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TemperedDrawTest {
    /** One element, counts 0..3: P = softmax(logits) = (0.6, 0.1, 0.25, 0.05). */
    private static final float[] LOGITS = {(float) Math.log(0.6), (float) Math.log(0.1), (float) Math.log(0.25),
            (float) Math.log(0.05)};
    private static final int DRAWS = 200_000;

    private static double[] frequencies(double presenceTemperature, double countTemperature) {
        float[] many = new float[LOGITS.length * DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            System.arraycopy(LOGITS, 0, many, i * LOGITS.length, LOGITS.length);
        }
        float[] drawn = TemperedDraw.sample(many, LOGITS.length, presenceTemperature, countTemperature, new SplittableRandom(1));
        double[] f = new double[LOGITS.length];
        for (int i = 0; i < DRAWS; i++) {
            double rowSum = 0;
            for (int c = 0; c < LOGITS.length; c++) {
                f[c] += drawn[i * LOGITS.length + c];
                rowSum += drawn[i * LOGITS.length + c];
            }
            assertEquals(1, rowSum, "one class per element");
        }
        for (int c = 0; c < f.length; c++) {
            f[c] /= DRAWS;
        }
        return f;
    }

    @Test
    void atTemperatureOneTheDrawFollowsTheDecodersCategorical() {
        double[] f = frequencies(1, 1);
        double[] p = {0.6, 0.1, 0.25, 0.05};
        for (int c = 0; c < p.length; c++) {
            double sigma = Math.sqrt(p[c] * (1 - p[c]) / DRAWS);
            assertEquals(p[c], f[c], 5 * sigma, "class " + c);
        }
    }

    @Test
    void presenceAndCountTemperaturesActOnTheirOwnStage() {
        // presence log-odds log(0.4/0.6): at temperature 2 P(present) = σ(log(0.4/0.6)/2) ≈ 0.4495
        double[] warm = frequencies(2, 1);
        assertEquals(1 / (1 + Math.exp(-Math.log(0.4 / 0.6) / 2)), 1 - warm[0], 0.005);
        // the counts keep their conditional shares 0.25 : 0.625 : 0.125
        assertEquals(0.625, warm[2] / (1 - warm[0]), 0.01);
        double[] cold = frequencies(1, 0.1);
        assertEquals(0.4, 1 - cold[0], 0.005);
        assertTrue(cold[2] / (1 - cold[0]) > 0.99, "a cold count draw takes the most likely count");
    }

    @Test
    void theShortcutForAbsentElementsDrawsExactlyWhatTheFullSoftmaxDrew() {
        // logits as a trained decoder gives them: most elements far more likely absent, some present, some near even
        int classes = 9;
        int rows = 20_000;
        float[] logits = new float[rows * 80 * classes];
        SplittableRandom r = new SplittableRandom(5);
        for (int o = 0; o < logits.length; o += classes) {
            double absentBias = r.nextDouble() * 24 - 6;
            logits[o] = (float) (absentBias + r.nextGaussian());
            for (int c = 1; c < classes; c++) {
                logits[o + c] = (float) (3 * r.nextGaussian());
            }
        }
        for (double[] t : new double[][] {{1, 1}, {1.2, 0.5}, {0.7, 2}, {3, 1}}) {
            float[] fast = TemperedDraw.sample(logits, classes, t[0], t[1], new SplittableRandom(9));
            float[] full = SequentialDrawReference.temperedDraw(logits, classes, t[0], t[1], new SplittableRandom(9));
            assertArrayEquals(full, fast, "temperatures " + t[0] + ", " + t[1]);
            int present = 0;
            for (int o = 0; o < fast.length; o += classes) {
                present += fast[o] == 0 ? 1 : 0;
            }
            int elements = fast.length / classes;
            assertTrue(present > elements / 50 && present < elements / 2, present + " of " + elements + " present: both paths taken");
        }
    }
}
