package org.matforge.orchestrator.internal.engine.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The expected best of random experiments against enumerating every draw of a small pool. */
class RandomBaselineTest {
    private static final double[] POOL = {0.3, 1.7, -2.0, 0.9, 4.2, 1.1, 0.0};

    /** @return the mean over all subsets of size n of their best value */
    private static double enumerated(int n, boolean maximise) {
        double sum = 0;
        int subsets = 0;
        for (int mask = 0; mask < 1 << POOL.length; mask++) {
            if (Integer.bitCount(mask) != n) {
                continue;
            }
            double best = maximise ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (int i = 0; i < POOL.length; i++) {
                if ((mask & 1 << i) != 0) {
                    best = maximise ? Math.max(best, POOL[i]) : Math.min(best, POOL[i]);
                }
            }
            sum += best;
            subsets++;
        }
        return sum / subsets;
    }

    @Test
    void theExpectedBestOfNRandomExperimentsIsTheMeanBestOverEveryDraw() {
        for (boolean maximise : new boolean[] {true, false}) {
            double[] expected = RandomBaseline.expectedBest(POOL, maximise, POOL.length);
            for (int n = 1; n <= POOL.length; n++) {
                assertEquals(enumerated(n, maximise), expected[n - 1], 1e-12, "n = " + n + (maximise ? " max" : " min"));
            }
        }
    }

    @Test
    void experimentsToReachAValueAreTheMeanFirstPositionOfOneOfTheGoodOnes() {
        // 2 of 7 values are ≥ 1.7: the first of them comes at (7 + 1) / (2 + 1) on average
        assertEquals(8.0 / 3, RandomBaseline.expectedExperimentsToReach(POOL, true, 1.7), 1e-12);
        assertEquals(8.0 / 2, RandomBaseline.expectedExperimentsToReach(POOL, false, -2.0), 1e-12);
    }
}
