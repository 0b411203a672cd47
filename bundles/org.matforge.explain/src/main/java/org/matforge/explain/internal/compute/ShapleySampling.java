package org.matforge.explain.internal.compute;

import java.util.List;
import java.util.SplittableRandom;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.explain.LocalExplanation;
import org.matforge.commons.preprocess.Splits;

/**
 * Model-agnostic Shapley values by permutation sampling (Štrumbelj and Kononenko 2014) against one baseline row:
 * for each sampled order of the features, the features are switched from the baseline to the input one by one and
 * each gets the change of the prediction it causes. Each order is used forwards and backwards (antithetic sampling).
 * Along any order the changes add up to f(x) − f(b) exactly, so the attributions are complete by construction.
 */
public final class ShapleySampling {
    /** Name of the method in explanations. */
    public static final String METHOD = "shapley-sampling";

    private final MeanModel model;
    private final int permutations;
    private final long seed;

    /**
     * @param model        predicted means
     * @param permutations number of sampled orders (each also used reversed), at least 1
     * @param seed         seed of the orders
     */
    public ShapleySampling(MeanModel model, int permutations, long seed) {
        if (permutations < 1) {
            throw new IllegalArgumentException("Shapley sampling needs at least 1 permutation, got " + permutations);
        }
        this.model = model;
        this.permutations = permutations;
        this.seed = seed;
    }

    /**
     * @param labels   feature labels
     * @param input    the row to explain (NaN features take the baseline value)
     * @param baseline the reference row
     * @return the attribution of each feature
     */
    public LocalExplanation explain(List<String> labels, double[] input, double[] baseline) {
        int width = labels.size();
        double[] x = Baseline.filled(input, baseline);
        SplittableRandom random = new SplittableRandom(seed);
        int orders = 2 * permutations;
        int rowsPerOrder = width + 1;
        double[] walk = new double[orders * rowsPerOrder * width];
        int[][] sequence = new int[orders][];
        for (int p = 0; p < permutations; p++) {
            int[] order = Splits.permutation(width, random.nextLong());
            sequence[2 * p] = order;
            sequence[2 * p + 1] = reversed(order);
        }
        for (int o = 0; o < orders; o++) {
            double[] z = baseline.clone();
            int base = o * rowsPerOrder * width;
            System.arraycopy(z, 0, walk, base, width);
            for (int k = 0; k < width; k++) {
                int feature = sequence[o][k];
                z[feature] = x[feature];
                System.arraycopy(z, 0, walk, base + (k + 1) * width, width);
            }
        }
        double[] means = model.means(FeatureMatrix.wrap(labels, orders * rowsPerOrder, walk));
        double[] attributions = new double[width];
        for (int o = 0; o < orders; o++) {
            int base = o * rowsPerOrder;
            for (int k = 0; k < width; k++) {
                attributions[sequence[o][k]] += means[base + k + 1] - means[base + k];
            }
        }
        for (int c = 0; c < width; c++) {
            attributions[c] /= orders;
        }
        return new LocalExplanation(METHOD, means[width], means[0], labels, attributions);
    }

    private static int[] reversed(int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = order[order.length - 1 - i];
        }
        return out;
    }
}
