package org.matforge.commons.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.commons.testdata.SharedData;

/**
 * Pareto ranks of real Materials Project entries — band gap (max), formation energy (min), atoms per formula unit
 * (min), element count (min) — of formulas in both mp_gap and mp_e_form, against the O(n²) fast non-dominated sort
 * of Deb et al. (2002), with missing points mixed in.
 */
class NonDominatedSortingTest {
    private static final int POINTS = 3000;
    /** Rows: -band gap, formation energy, atoms, elements. */
    private static final List<double[]> entries = new ArrayList<>();

    @BeforeAll
    static void load() {
        SharedData.Table formation = SharedData.table("mp_e_form");
        Map<String, Double> formationEnergy = new HashMap<>();
        for (int i = 0; i < formation.formulas().size(); i++) {
            formationEnergy.putIfAbsent(formation.formulas().get(i), formation.targets()[i]);
        }
        SharedData.Table gap = SharedData.table("mp_gap");
        for (int i = 0; i < gap.formulas().size() && entries.size() < POINTS; i++) {
            Double ef = formationEnergy.get(gap.formulas().get(i));
            if (ef != null) {
                Composition c = Composition.parse(gap.formulas().get(i));
                entries.add(new double[] {-gap.targets()[i], ef, c.totalAtoms(), c.size()});
            }
        }
    }

    @Test
    void twoObjectivesEqualDebsSort() {
        checkAgainstDeb(points(2, false), 5);
    }

    @Test
    void threeAndFourObjectivesEqualDebsSort() {
        checkAgainstDeb(points(3, false), 3);
        checkAgainstDeb(points(4, false), 2);
    }

    @Test
    void pointsRoundedToManyTiesEqualDebsSort() {
        for (int m = 1; m <= 4; m++) {
            checkAgainstDeb(points(m, true), 2);
        }
    }

    @Test
    void missingPointsComeAfterTheLastFront() {
        double[][] points = points(2, false);
        for (int i = 0; i < points.length; i += 97) {
            points[i] = null;
        }
        int[] ranks = checkAgainstDeb(points, 5);
        int fronts = Arrays.stream(ranks).max().getAsInt() - 1;
        for (int i = 0; i < points.length; i++) {
            assertEquals(points[i] == null, ranks[i] == fronts + 1, "point " + i);
        }
        assertArrayEquals(new int[] {1, 1}, NonDominatedSorting.ranks(new double[][] {null, null}));
        assertArrayEquals(new int[0], NonDominatedSorting.ranks(new double[0][]));
    }

    @Test
    void equalPointsShareARankAndMinusZeroEqualsZero() {
        assertArrayEquals(new int[] {1, 1, 2}, NonDominatedSorting.ranks(new double[][] {{1, 2}, {1, 2}, {1, 3}}));
        // a maximised 0 is stored as -0.0; (0, 1) still dominates (-0, 2)
        assertArrayEquals(new int[] {1, 2}, NonDominatedSorting.ranks(new double[][] {{0.0, 1}, {-0.0, 2}}));
        assertArrayEquals(new int[] {1, 2}, NonDominatedSorting.ranks(new double[][] {{0.0, 1, 1}, {-0.0, 2, 1}}));
        assertTrue(NonDominatedSorting.dominates(new double[] {0.0, 1}, new double[] {-0.0, 2}));
        assertFalse(NonDominatedSorting.dominates(new double[] {1, 2}, new double[] {1, 2}));
    }

    @Test
    void malformedPointsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NonDominatedSorting.ranks(new double[][] {null, {1, 2}, {1, Double.NaN}}));
        assertEquals("point 2 has NaN as objective 1; pass null for a missing point", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NonDominatedSorting.ranks(new double[][] {{1, 2}, {1}}));
        assertEquals("point 1 has 1 objective values, point 0 has 2", e.getMessage());
    }

    /** @return the first m objectives of every entry, rounded to coarse steps when {@code ties} */
    private static double[][] points(int m, boolean ties) {
        double[] step = {0.5, 0.25, 4, 1};
        double[][] points = new double[entries.size()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = Arrays.copyOf(entries.get(i), m);
            for (int j = 0; j < m && ties; j++) {
                points[i][j] = Math.round(points[i][j] / step[j]) * step[j];
            }
        }
        return points;
    }

    private static int[] checkAgainstDeb(double[][] points, int minFronts) {
        int[] expected = debFastNonDominatedSort(points);
        int[] actual = NonDominatedSorting.ranks(points);
        assertArrayEquals(expected, actual);
        int fronts = Arrays.stream(expected).max().getAsInt();
        assertTrue(fronts >= minFronts, "real data has several fronts: " + fronts);
        return actual;
    }

    /**
     * Deb et al. (2002): count for each point how many dominate it, then peel fronts by decrementing the counts of the
     * points each front member dominates. Null points get the last rank + 1.
     */
    private static int[] debFastNonDominatedSort(double[][] points) {
        int n = points.length;
        int[] rank = new int[n];
        int[] dominatedBy = new int[n];
        List<List<Integer>> dominated = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dominated.add(new ArrayList<>());
            for (int j = 0; j < n && points[i] != null; j++) {
                if (points[j] != null && noWorseAndOnceBetter(points[i], points[j])) {
                    dominated.get(i).add(j);
                    dominatedBy[j]++;
                }
            }
        }
        List<Integer> front = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (points[i] != null && dominatedBy[i] == 0) {
                front.add(i);
            }
        }
        int current = 0;
        for (; !front.isEmpty(); current++) {
            List<Integer> next = new ArrayList<>();
            for (int i : front) {
                rank[i] = current + 1;
                for (int j : dominated.get(i)) {
                    if (--dominatedBy[j] == 0) {
                        next.add(j);
                    }
                }
            }
            front = next;
        }
        for (int i = 0; i < n; i++) {
            rank[i] = points[i] == null ? current + 1 : rank[i];
        }
        return rank;
    }

    private static boolean noWorseAndOnceBetter(double[] a, double[] b) {
        int better = 0;
        for (int k = 0; k < a.length; k++) {
            if (!(a[k] <= b[k])) {
                return false;
            }
            better += a[k] < b[k] ? 1 : 0;
        }
        return better > 0;
    }
}
