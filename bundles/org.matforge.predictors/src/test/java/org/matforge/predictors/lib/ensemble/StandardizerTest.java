package org.matforge.predictors.lib.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.FeatureMatrix;

class StandardizerTest {
    private static final FeatureMatrix X = FeatureMatrix.of(List.of("a", "constant", "gappy"), 4, new double[] {
        1, 5, Double.NaN,
        3, 5, 2,
        5, 5, 4,
        100, 7, 1000});

    @Test
    void fitsOnTrainingRowsOnlyAndImputesTheTrainingMean() {
        Standardizer s = Standardizer.fit(X, new int[] {0, 1, 2});
        assertEquals(3, s.mean()[0], 0);
        assertEquals(2, s.scale()[0], 1e-12);
        assertEquals(3, s.mean()[2], 0);
        float[] z = s.apply(X, new int[] {0, 3});
        assertEquals(-1f, z[0], 0);
        assertEquals(0f, z[2], 0);
        assertEquals(48.5f, z[3], 1e-5);
    }

    @Test
    void aConstantTrainingColumnIsNotBlownUp() {
        Standardizer s = Standardizer.fit(X, new int[] {0, 1, 2});
        assertEquals(1, s.scale()[1], 0);
        assertEquals(2f, s.apply(X, new int[] {3})[1], 0);
    }
}
