package org.matforge.api.explain;

import java.util.List;

/**
 * Attribution of one prediction to its features, relative to a baseline input: the attributions add up to
 * {@code prediction − baselinePrediction} (exactly for Shapley sampling, up to the integration error for
 * integrated gradients, which {@link #completenessGap()} shows).
 *
 * @param method             {@code "integrated-gradients"} or {@code "shapley-sampling"}
 * @param prediction         the predicted mean at the input
 * @param baselinePrediction the predicted mean at the baseline input
 * @param labels             the feature labels
 * @param attributions       one value per label, in the same order
 */
public record LocalExplanation(String method, double prediction, double baselinePrediction, List<String> labels,
        double[] attributions) {
    /** Checks that labels and attributions match, copies them. */
    public LocalExplanation {
        labels = List.copyOf(labels);
        attributions = attributions.clone();
        if (labels.size() != attributions.length) {
            throw new IllegalArgumentException(labels.size() + " labels but " + attributions.length + " attributions");
        }
    }

    /** @return a copy of the attributions */
    @Override
    public double[] attributions() {
        return attributions.clone();
    }

    /** @return the sum of the attributions */
    public double total() {
        double sum = 0;
        for (double a : attributions) {
            sum += a;
        }
        return sum;
    }

    /** @return |total − (prediction − baseline)| relative to |prediction − baseline| (0 when both are 0) */
    public double completenessGap() {
        double difference = prediction - baselinePrediction;
        double gap = Math.abs(total() - difference);
        return difference == 0 ? gap : gap / Math.abs(difference);
    }

    /** @return indices of the {@code k} largest attributions by absolute value, largest first */
    public int[] top(int k) {
        Integer[] order = new Integer[attributions.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(attributions[b]), Math.abs(attributions[a])));
        int n = Math.min(k, order.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
