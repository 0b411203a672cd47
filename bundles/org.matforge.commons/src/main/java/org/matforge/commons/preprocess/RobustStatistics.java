package org.matforge.commons.preprocess;

import java.util.Arrays;

/** Median, median absolute deviation and the robust (modified) z-score of Iglewicz and Hoaglin (1993). */
public final class RobustStatistics {
    /** 0.6745 = Φ⁻¹(0.75): makes MAD-based z comparable to an ordinary z-score for normal data. */
    static final double MAD_SCALE = 0.6745;
    /** √(2/π) ≈ 0.7979: the same for the mean absolute deviation, used when the MAD is 0. */
    static final double MEAN_AD_SCALE = 0.7979;

    private RobustStatistics() {
    }

    /** @return the median of the non-NaN values, NaN when there are none; {@code values} is not modified */
    public static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    /**
     * Robust z-scores {@code 0.6745 (x − median) / MAD}; when the MAD is 0 (more than half the values equal),
     * {@code 0.7979 (x − median) / meanAD} with the mean absolute deviation from the median; when that is 0 too
     * every score is 0. NaN values keep NaN scores.
     *
     * @param values the values (not modified)
     * @return one score per value
     */
    public static double[] robustZ(double[] values) {
        double median = median(values);
        double[] deviations = new double[values.length];
        double meanAbsolute = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
            if (!Double.isNaN(deviations[i])) {
                meanAbsolute += deviations[i];
                n++;
            }
        }
        double mad = median(deviations);
        meanAbsolute = n == 0 ? Double.NaN : meanAbsolute / n;
        double[] z = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - median;
            if (Double.isNaN(d)) {
                z[i] = Double.NaN;
            } else if (mad > 0) {
                z[i] = MAD_SCALE * d / mad;
            } else if (meanAbsolute > 0) {
                z[i] = MEAN_AD_SCALE * d / meanAbsolute;
            } else {
                z[i] = 0;
            }
        }
        return z;
    }
}
