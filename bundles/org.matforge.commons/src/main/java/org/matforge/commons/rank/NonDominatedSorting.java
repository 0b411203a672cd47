package org.matforge.commons.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Pareto ranks of points to be minimised in every objective, as in the non-dominated sorting of NSGA-II (Deb et al.,
 * IEEE TEVC 6, 182 (2002)): rank 1 is the non-dominated front, rank 2 the front of what remains, and so on. Point a
 * dominates b when a ≤ b in every objective and a &lt; b in one; equal points share a rank. A null point is missing:
 * it takes the rank after the last front.
 * <p>
 * The fronts are found without comparing all pairs. One or two objectives: sort and binary search over the fronts,
 * O(n log n). Three or more: efficient non-dominated sort with binary search (ENS-BS, Zhang et al., IEEE TEVC 19, 201
 * (2015)), O(n log n) comparisons of fronts, each checking the members of one front, from its last.
 */
public final class NonDominatedSorting {
    private NonDominatedSorting() {
    }

    /**
     * @param points n points (null = missing) of m ≥ 0 objective values each (minimised, none NaN)
     * @return each point's Pareto rank, from 1; missing points get the number of fronts + 1
     * @throws IllegalArgumentException naming the point when points differ in length or a value is NaN
     */
    public static int[] ranks(double[][] points) {
        int n = points.length;
        int[] rank = new int[n];
        List<Integer> present = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (points[i] != null) {
                check(points, i, present.isEmpty() ? i : present.get(0));
                present.add(i);
            }
        }
        Integer[] order = present.toArray(new Integer[0]);
        Arrays.sort(order, lexicographic(points));
        int fronts = order.length == 0 ? 0
                : points[order[0]].length <= 2 ? twoObjectives(points, order, rank) : ensBinarySearch(points, order, rank);
        for (int i = 0; i < n; i++) {
            if (points[i] == null) {
                rank[i] = fronts + 1;
            }
        }
        return rank;
    }

    /** @return whether a dominates b (both minimised): a ≤ b in every objective and a &lt; b in one */
    public static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int j = 0; j < a.length; j++) {
            if (a[j] > b[j]) {
                return false;
            }
            better |= a[j] < b[j];
        }
        return better;
    }

    private static void check(double[][] points, int i, int first) {
        if (points[i].length != points[first].length) {
            throw new IllegalArgumentException("point " + i + " has " + points[i].length + " objective values, point " + first
                    + " has " + points[first].length);
        }
        for (int j = 0; j < points[i].length; j++) {
            if (Double.isNaN(points[i][j])) {
                throw new IllegalArgumentException("point " + i + " has NaN as objective " + j + "; pass null for a missing point");
            }
        }
    }

    /** Lexicographic by value, with -0.0 equal to 0.0 as in {@link #dominates}: a dominating point always sorts first. */
    private static Comparator<Integer> lexicographic(double[][] points) {
        return (a, b) -> {
            double[] p = points[a];
            double[] q = points[b];
            for (int j = 0; j < p.length; j++) {
                if (p[j] != q[j]) {
                    return p[j] < q[j] ? -1 : 1;
                }
            }
            return 0;
        };
    }

    /**
     * In lexicographic order every earlier point is ≤ in the first objective, so a front dominates the next point
     * iff the front's last member (its smallest second objective) does.
     *
     * @return the number of fronts
     */
    private static int twoObjectives(double[][] points, Integer[] order, int[] rank) {
        List<double[]> lastOfFront = new ArrayList<>();
        for (int i : order) {
            double[] p = points[i];
            int front = firstNotDominating(lastOfFront.size(), f -> dominates(lastOfFront.get(f), p));
            if (front == lastOfFront.size()) {
                lastOfFront.add(p);
            } else {
                lastOfFront.set(front, p);
            }
            rank[i] = front + 1;
        }
        return lastOfFront.size();
    }

    /** @return the number of fronts */
    private static int ensBinarySearch(double[][] points, Integer[] order, int[] rank) {
        List<List<double[]>> fronts = new ArrayList<>();
        for (int i : order) {
            double[] p = points[i];
            int front = firstNotDominating(fronts.size(), f -> frontDominates(fronts.get(f), p));
            if (front == fronts.size()) {
                fronts.add(new ArrayList<>());
            }
            fronts.get(front).add(p);
            rank[i] = front + 1;
        }
        return fronts.size();
    }

    /**
     * Binary search over the fronts found so far: the fronts that dominate a point come before those that do not,
     * as each member of a front is dominated by a member of the front before.
     *
     * @return the index of the first front that does not dominate the point; {@code fronts} when all do
     */
    private static int firstNotDominating(int fronts, IntPredicate frontDominates) {
        int lo = 0;
        int hi = fronts;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (frontDominates.test(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean frontDominates(List<double[]> front, double[] p) {
        for (int k = front.size() - 1; k >= 0; k--) {
            if (dominates(front.get(k), p)) {
                return true;
            }
        }
        return false;
    }
}
