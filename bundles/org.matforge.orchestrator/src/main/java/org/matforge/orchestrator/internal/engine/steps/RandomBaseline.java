package org.matforge.orchestrator.internal.engine.steps;

import java.util.Arrays;

/**
 * The yardstick of a pool campaign: the expected best value after n experiments drawn uniformly at random from the
 * pool without replacement, exactly (order statistics), so the comparison carries no sampling noise.
 */
final class RandomBaseline {
    private RandomBaseline() {
    }

    /**
     * With the values sorted best first (v₁ … v_N), the best of n draws is v_k with probability C(N−k, n−1) / C(N, n):
     * n / N for k = 1, and each next probability is the last times (N − k − n + 1) / (N − k).
     *
     * @return index n − 1: the expected best of n random experiments, for n = 1 … {@code upTo}
     */
    static double[] expectedBest(double[] values, boolean maximise, int upTo) {
        double[] v = values.clone();
        Arrays.sort(v);
        if (maximise) {
            for (int i = 0; i < v.length / 2; i++) {
                double t = v[i];
                v[i] = v[v.length - 1 - i];
                v[v.length - 1 - i] = t;
            }
        }
        int total = v.length;
        double[] out = new double[Math.min(upTo, total)];
        for (int n = 1; n <= out.length; n++) {
            double p = (double) n / total;
            double sum = 0;
            for (int k = 1; k <= total - n + 1 && p > 0; k++) {
                sum += p * v[k - 1];
                p *= (double) (total - k - n + 1) / (total - k);
            }
            out[n - 1] = sum;
        }
        return out;
    }

    /** @return the expected number of random experiments until one at least as good as {@code target} is measured */
    static double expectedExperimentsToReach(double[] values, boolean maximise, double target) {
        long good = Arrays.stream(values).filter(v -> maximise ? v >= target : v <= target).count();
        return good == 0 ? Double.NaN : (values.length + 1.0) / (good + 1.0);
    }
}
