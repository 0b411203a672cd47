package org.matforge.commons.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.SharedData;

import com.google.gson.Gson;

class ScalingTest {
    private static final List<String> LABELS = List.of("a", "constant", "gappy");
    /** Rows 0..3 are training rows; row 4 is a test row with extreme values that must not influence the fit. */
    private static final double[] DATA = {
        1, 7, 2,
        2, 7, Double.NaN,
        3, 7, 4,
        6, 7, 6,
        1000, -50, 1e9,
    };
    private static final int[] TRAIN = {0, 1, 2, 3};

    @Test
    void standardisationUsesTrainingRowsOnly() {
        Scaling s = Scaling.fitStandard(LABELS, DATA, TRAIN);
        // a: mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5; gappy: mean 4 over three values, variance 8/3
        assertArrayEquals(new double[] {3, 7, 4}, s.center(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(3.5), 1, Math.sqrt(8.0 / 3)}, s.scale(), 1e-12);
        double[] scaled = s.apply(DATA);
        assertEquals(0, scaled[3 * 0] + scaled[3 * 1] + scaled[3 * 2] + scaled[3 * 3], 1e-12, "training mean 0");
        assertEquals((1000 - 3) / Math.sqrt(3.5), scaled[12], 1e-9);
        assertEquals(-57, scaled[13], 0, "constant column: shifted, not divided by 0");
        assertTrue(Double.isNaN(scaled[5]));
        s.invertInPlace(scaled);
        assertArrayEquals(DATA, scaled, 1e-6);
    }

    @Test
    void minMaxMapsTheTrainingRangeToUnitInterval() {
        Scaling s = Scaling.fitMinMax(LABELS, DATA, TRAIN);
        double[] scaled = s.apply(DATA);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 1.0}, new double[] {scaled[0], scaled[3], scaled[6], scaled[9]}, 1e-12);
        assertEquals(0, scaled[1]);
        assertEquals((1e9 - 2) / 4, scaled[14], 1e-3, "test data outside the training range is not clipped");
    }

    @Test
    void persistsAsJsonAndValidatesWhatItReads() {
        Scaling s = Scaling.fitStandard(LABELS, DATA, TRAIN);
        Gson gson = new Gson();
        String json = gson.toJson(s);
        assertTrue(json.contains("\"method\":\"standard\""), json);
        assertEquals(s, gson.fromJson(json, Scaling.class));
        assertThrows(IllegalArgumentException.class, () -> new Scaling("standard", LABELS, new double[3], new double[] {1, 0, 1}));
        assertEquals("unknown scaling method 'robust'; known: standard, minmax",
                assertThrows(IllegalArgumentException.class, () -> new Scaling("robust", LABELS, new double[3], new double[] {1, 1, 1}))
                        .getMessage());
    }

    /** Real features: standardise expt_gap's band gap target fitted on the first matbench training fold. */
    @Test
    void realTargetFittedOnAFold() throws Exception {
        SharedData.Table table = SharedData.table("expt_gap");
        Fold fold = PublishedFolds.read(SharedData.root().resolve("matbench/folds/expt_gap"), table.formulas(), table.targets())
                .folds().get(0);
        Scaling s = Scaling.fitStandard(List.of("gap"), table.targets(), fold.train());
        double[] scaled = s.apply(table.targets());
        double sum = 0;
        double squares = 0;
        for (int r : fold.train()) {
            sum += scaled[r];
            squares += scaled[r] * scaled[r];
        }
        assertEquals(0, sum / fold.train().length, 1e-12);
        assertEquals(1, squares / fold.train().length, 1e-12);
    }
}
