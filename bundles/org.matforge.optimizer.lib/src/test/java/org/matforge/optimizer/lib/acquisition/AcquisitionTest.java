package org.matforge.optimizer.lib.acquisition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class AcquisitionTest {
    // Φ(0.25) and φ(0.25) from tables
    private static final double CDF_025 = 0.5987063256829237, PDF_025 = 0.38666811680284924;

    @Test
    void expectedImprovementMatchesTheClosedForm() {
        // maximise: μ = 1, σ = 2, best = 0.5 → z = 0.25, EI = 0.5 Φ(z) + 2 φ(z)
        assertEquals(0.5 * CDF_025 + 2 * PDF_025, Acquisition.expectedImprovement(1, 2, 0.5, 0, true), 1e-12);
        // minimise mirrors it: μ = 0, best = 0.5
        assertEquals(0.5 * CDF_025 + 2 * PDF_025, Acquisition.expectedImprovement(0, 2, 0.5, 0, false), 1e-12);
        // the margin ξ shifts the improvement: μ − best − ξ = 0.5
        assertEquals(0.5 * CDF_025 + 2 * PDF_025, Acquisition.expectedImprovement(1.1, 2, 0.5, 0.1, true), 1e-12);
        assertEquals(0.7, Acquisition.expectedImprovement(1.2, 0, 0.5, 0, true), 1e-12, "no uncertainty: the sure gain");
        assertEquals(0.0, Acquisition.expectedImprovement(0.2, 0, 0.5, 0, true), 1e-12);
    }

    @Test
    void expectedImprovementIsTheMonteCarloMeanOfTheGain() {
        Random random = new Random(11);
        double sum = 0;
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            sum += Math.max(0, 0.3 + 0.7 * random.nextGaussian() - 0.6);
        }
        assertEquals(sum / n, Acquisition.expectedImprovement(0.3, 0.7, 0.6, 0, true), 3e-3);
    }

    @Test
    void confidenceBoundsAndTheirScores() {
        assertEquals(-3, Acquisition.lowerConfidenceBound(1, 2, 2), 1e-12);
        assertEquals(5, Acquisition.upperConfidenceBound(1, 2, 2), 1e-12);
        assertEquals(3, Acquisition.LCB.score(1, 2, 0, 2, false), 1e-12, "minimising, a lower bound −3 scores 3");
        assertEquals(5, Acquisition.LCB.score(1, 2, 0, 2, true), 1e-12);
        assertEquals(Acquisition.LCB, Acquisition.of("ucb"));
        assertEquals(0.5, Acquisition.normalCdf(0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Acquisition.of("pi"));
    }
}
