package org.matforge.api.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureMatrixTest {
    private final FeatureMatrix m = FeatureMatrix.of(List.of("a", "b"), 3, new double[] {1, 2, 3, 4, 5, Double.NaN});

    @Test
    void rowsAreCopiedInTheOrderAskedRepeatsIncluded() {
        FeatureMatrix picked = m.rows(2, 0, 2);
        assertEquals(List.of("a", "b"), picked.labels());
        assertArrayEquals(new double[] {5, Double.NaN, 1, 2, 5, Double.NaN}, picked.toArray());
        assertEquals(0, m.rows().rowCount());
    }

    @Test
    void aRowOutsideTheMatrixIsRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> m.rows(3));
    }
}
