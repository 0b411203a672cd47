package org.matforge.optimizer.lib.forest;

import java.util.Arrays;
import java.util.Random;

/** A CART regression tree (variance reduction), grown on given rows, trying {@code features} random inputs per split. */
final class RegressionTree {
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] value;
    private int size;

    private RegressionTree(int capacity) {
        feature = new int[capacity];
        threshold = new double[capacity];
        left = new int[capacity];
        right = new int[capacity];
        value = new double[capacity];
    }

    static RegressionTree grow(double[][] x, double[] y, int[] rows, int features, int minLeaf, Random random) {
        RegressionTree t = new RegressionTree(2 * rows.length + 1);
        t.build(x, y, rows, 0, rows.length, features, minLeaf, random);
        return t;
    }

    private int build(double[][] x, double[] y, int[] rows, int from, int to, int features, int minLeaf, Random random) {
        int node = size++;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[rows[i]];
        }
        value[node] = sum / (to - from);
        feature[node] = -1;
        int n = to - from;
        if (n < 2 * minLeaf) {
            return node;
        }
        int d = x[0].length;
        int[] order = permutation(d, random);
        double bestGain = 1e-12;
        int bestFeature = -1;
        double bestThreshold = 0;
        Integer[] idx = new Integer[n];
        for (int f = 0; f < Math.min(features, d); f++) {
            int feat = order[f];
            for (int i = 0; i < n; i++) {
                idx[i] = rows[from + i];
            }
            Arrays.sort(idx, (a, b) -> Double.compare(x[a][feat], x[b][feat]));
            double leftSum = 0;
            for (int i = 0; i < n - 1; i++) {
                leftSum += y[idx[i]];
                int nl = i + 1;
                if (nl < minLeaf || n - nl < minLeaf || x[idx[i]][feat] == x[idx[i + 1]][feat]) {
                    continue;
                }
                double rightSum = sum - leftSum;
                double gain = leftSum * leftSum / nl + rightSum * rightSum / (n - nl) - sum * sum / n;
                if (gain > bestGain) {
                    bestGain = gain;
                    bestFeature = feat;
                    bestThreshold = 0.5 * (x[idx[i]][feat] + x[idx[i + 1]][feat]);
                }
            }
        }
        if (bestFeature < 0) {
            return node;
        }
        int mid = from;
        for (int i = from; i < to; i++) {
            if (x[rows[i]][bestFeature] <= bestThreshold) {
                int tmp = rows[mid];
                rows[mid++] = rows[i];
                rows[i] = tmp;
            }
        }
        feature[node] = bestFeature;
        threshold[node] = bestThreshold;
        left[node] = build(x, y, rows, from, mid, features, minLeaf, random);
        right[node] = build(x, y, rows, mid, to, features, minLeaf, random);
        return node;
    }

    double predict(double[] point) {
        int node = 0;
        while (feature[node] >= 0) {
            node = point[feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return value[node];
    }

    private static int[] permutation(int d, Random random) {
        int[] p = new int[d];
        for (int i = 0; i < d; i++) {
            p[i] = i;
        }
        for (int i = d - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
