package org.matforge.predictors.lib.ensemble;

import java.util.Arrays;
import java.util.OptionalDouble;

import org.matforge.api.discovery.Prediction;

/**
 * Fits the factor by which an ensemble's σ is multiplied so that, on rows no member trained on, the share of errors
 * within ±σ is a Gaussian's 68.27 %. A deep ensemble's spread holds only the members' disagreement, so without it σ
 * is too narrow (measured on matbench_expt_gap: about half the errors within ±σ). A quantile, not the RMS of
 * error/σ, because the errors are heavy-tailed: the RMS would be set by a few outliers and widen every σ.
 */
public final class SigmaCalibration {
    /** Share of a Gaussian within ±1 standard deviation. */
    static final double ONE_SIGMA = 0.6826894921370859;
    /** Fewer rows with a non-zero σ than this and the factor is left at 1. */
    static final int MIN_ROWS = 20;

    private SigmaCalibration() {
    }

    /**
     * @param actual      the rows' true targets
     * @param predictions the ensemble's predictions of the same rows
     * @return the factor for σ, or empty when fewer than {@value #MIN_ROWS} rows have a non-zero σ (a quantile of
     *         fewer is mostly noise)
     */
    public static OptionalDouble fit(double[] actual, Prediction[] predictions) {
        if (actual.length != predictions.length) {
            throw new IllegalArgumentException(actual.length + " targets for " + predictions.length + " predictions");
        }
        double[] ratios = new double[actual.length];
        int n = 0;
        for (int r = 0; r < actual.length; r++) {
            double sigma = predictions[r].std();
            if (sigma > 0) {
                ratios[n++] = Math.abs(actual[r] - predictions[r].mean()) / sigma;
            }
        }
        if (n < MIN_ROWS) {
            return OptionalDouble.empty();
        }
        double[] sorted = Arrays.copyOf(ratios, n);
        Arrays.sort(sorted);
        double factor = sorted[(int) Math.min(n - 1, Math.ceil(ONE_SIGMA * n) - 1)];
        return factor > 0 ? OptionalDouble.of(factor) : OptionalDouble.empty();
    }

    /** @return the share of rows whose error is within ±{@code k}·σ (an error of 0 with σ 0 counts as within) */
    public static double coverage(double[] actual, Prediction[] predictions, double k) {
        int within = 0;
        for (int r = 0; r < actual.length; r++) {
            if (Math.abs(actual[r] - predictions[r].mean()) <= k * predictions[r].std()) {
                within++;
            }
        }
        return (double) within / actual.length;
    }
}
