package org.matforge.screens.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pareto ranks of points to be minimised in every objective: rank 1 is the non-dominated front, rank 2 the front
 * of what remains, and so on. Point a dominates b when a ≤ b in every objective and a &lt; b in one; equal points
 * share a rank. One or two objectives: sort and binary search over the fronts, O(n log n). Three or more: efficient
 * non-dominated sort with binary search (ENS-BS, Zhang et al., IEEE TEVC 19, 201 (2015)), O(n log n) comparisons of
 * fronts, each checking the members of one front, from its last.
 */
final class NonDominatedSorting {
    private NonDominatedSorting() {
    }

    /**
     * @param points n points of m ≥ 1 finite objective values each (minimised)
     * @return each point's Pareto rank, from 1
     */
    static int[] ranks(double[][] points) {
        int n = points.length;
        int[] rank = new int[n];
        if (n == 0) {
            return rank;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, lexicographic(points));
        if (points[0].length <= 2) {
            twoObjectives(points, order, rank);
        } else {
            ensBinarySearch(points, order, rank);
        }
        return rank;
    }

    private static Comparator<Integer> lexicographic(double[][] points) {
        return (a, b) -> {
            double[] p = points[a];
            double[] q = points[b];
            for (int j = 0; j < p.length; j++) {
                int c = Double.compare(p[j], q[j]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    /**
     * In lexicographic order every earlier point is ≤ in the first objective, so a front dominates the next point
     * iff the front's last member (its smallest second objective) does.
     */
    private static void twoObjectives(double[][] points, Integer[] order, int[] rank) {
        List<double[]> lastOfFront = new ArrayList<>();
        for (int i : order) {
            double[] p = points[i];
            int lo = 0;
            int hi = lastOfFront.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (dominates(lastOfFront.get(mid), p)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == lastOfFront.size()) {
                lastOfFront.add(p);
            } else {
                lastOfFront.set(lo, p);
            }
            rank[i] = lo + 1;
        }
    }

    private static void ensBinarySearch(double[][] points, Integer[] order, int[] rank) {
        List<List<double[]>> fronts = new ArrayList<>();
        for (int i : order) {
            double[] p = points[i];
            int lo = 0;
            int hi = fronts.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (frontDominates(fronts.get(mid), p)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == fronts.size()) {
                fronts.add(new ArrayList<>());
            }
            fronts.get(lo).add(p);
            rank[i] = lo + 1;
        }
    }

    private static boolean frontDominates(List<double[]> front, double[] p) {
        for (int k = front.size() - 1; k >= 0; k--) {
            if (dominates(front.get(k), p)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a dominates b (both minimised) */
    static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int j = 0; j < a.length; j++) {
            if (a[j] > b[j]) {
                return false;
            }
            better |= a[j] < b[j];
        }
        return better;
    }
}
