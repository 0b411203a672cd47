package org.matforge.commons.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.commons.testdata.SharedData;

class DataQualityTest {
    private final DataQuality quality = new DataQuality(0.1, DataQuality.DEFAULT_OUTLIER_THRESHOLD);

    @Test
    void robustZScores() {
        // median 3, absolute deviations 2 1 0 1 97 → MAD 1
        assertArrayEquals(new double[] {-1.349, -0.6745, 0, 0.6745, 65.4265}, RobustStatistics.robustZ(new double[] {1, 2, 3, 4, 100}), 1e-9);
        // MAD 0 (most values equal): mean absolute deviation 10/5 = 2 instead
        assertArrayEquals(new double[] {0, 0, 0, 0, 0.7979 * 10 / 2}, RobustStatistics.robustZ(new double[] {5, 5, 5, 5, 15}), 1e-12);
        assertArrayEquals(new double[] {0, 0}, RobustStatistics.robustZ(new double[] {5, 5}));
    }

    @Test
    void craftedProblemsEachWithItsReason() {
        List<String> formulas = List.of("NaCl", "Fe2O3", "Fe4O6", "KCl", "Xx2", "MgO", "CaO", "ClNa", "SrO", "BaO");
        double[] targets = {5.0, 2.0, 2.5, 6.0, 1.0, 7.8, 7.0, 5.05, Double.NaN, 400};
        List<String> labels = List.of("atoms");
        double[] features = new double[formulas.size()];
        for (int r = 0; r < features.length; r++) {
            features[r] = r == 4 ? Double.NaN : Composition.parse(formulas.get(r)).totalAtoms();
        }
        features[6] = 90;
        DataQualityReport report = quality.check(formulas, targets, labels, features);
        assertEquals(List.of(4, 8), report.unusable().stream().map(RowProblem::row).toList());
        assertTrue(report.unusable().get(0).reason().contains("unknown element 'Xx'"));
        assertEquals("target is missing or not a finite number (NaN)", report.unusable().get(1).reason());
        assertEquals(1, report.conflicts().size(), "NaCl/ClNa agree within 0.1; Fe2O3/Fe4O6 do not");
        assertEquals("Fe2O3", report.conflicts().get(0).reducedFormula());
        assertArrayEquals(new int[] {1, 2}, report.conflicts().get(0).rows());
        assertEquals(0.5, report.conflicts().get(0).spread(), 1e-12);
        assertEquals(List.of(9), report.targetOutliers().stream().map(DataQualityReport.Outlier::row).toList());
        assertEquals(List.of(6), report.featureOutliers().stream().map(DataQualityReport.Outlier::row).toList());
        String text = report.toText(10);
        assertTrue(text.startsWith("10 rows: 2 unusable, 1 conflicting duplicates, 1 target outliers, 1 feature outliers"), text);
        assertTrue(text.contains("row 9 (BaO): target = 400"), text);
    }

    /**
     * mp_e_form repeats formulas for polymorphs; with a 0.1 eV/atom tolerance some disagree. Every reported conflict
     * must spread beyond the tolerance, and the target outliers must be exactly the most extreme values.
     */
    @Test
    void realFormationEnergies() {
        SharedData.Table table = SharedData.table("mp_e_form");
        int n = 30_000;
        List<String> formulas = table.formulas().subList(0, n);
        double[] targets = Arrays.copyOf(table.targets(), n);
        double[] features = new double[n];
        for (int r = 0; r < n; r++) {
            features[r] = Composition.parse(formulas.get(r)).size();
        }
        DataQualityReport report = quality.check(formulas, targets, List.of("elements"), features);
        assertEquals(List.of(), report.unusable());
        assertTrue(report.conflicts().size() > 0, "polymorphs with different formation energies");
        for (DataQualityReport.Conflict c : report.conflicts()) {
            assertTrue(c.spread() > 0.1, c.toString());
            assertTrue(c.rows().length >= 2);
        }
        List<Double> outliers = new ArrayList<>();
        report.targetOutliers().forEach(o -> outliers.add(o.value()));
        double median = RobustStatistics.median(targets);
        double mildestHigh = outliers.stream().filter(v -> v > median).mapToDouble(Double::doubleValue).min().orElse(Double.POSITIVE_INFINITY);
        double mildestLow = outliers.stream().filter(v -> v < median).mapToDouble(Double::doubleValue).max().orElse(Double.NEGATIVE_INFINITY);
        boolean[] listed = new boolean[n];
        report.targetOutliers().forEach(o -> listed[o.row()] = true);
        for (int r = 0; r < n; r++) {
            if (!listed[r]) {
                assertTrue(targets[r] < mildestHigh && targets[r] > mildestLow, "row " + r + " = " + targets[r] + " is more extreme than a listed outlier");
            }
        }
        System.out.println("mp_e_form[0:30000] quality: " + report.toText(3));
    }
}
