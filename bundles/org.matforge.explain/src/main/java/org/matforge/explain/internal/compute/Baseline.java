package org.matforge.explain.internal.compute;

import org.matforge.api.data.FeatureMatrix;

/** The reference input of attributions: column means of a background set. */
public final class Baseline {
    private Baseline() {
    }

    /**
     * @param background rows (NaN values are left out of the means)
     * @return the mean of each column; 0 for a column with no defined value
     */
    public static double[] columnMeans(FeatureMatrix background) {
        int width = background.columnCount();
        double[] sum = new double[width];
        long[] count = new long[width];
        for (int r = 0; r < background.rowCount(); r++) {
            for (int c = 0; c < width; c++) {
                double v = background.get(r, c);
                if (!Double.isNaN(v)) {
                    sum[c] += v;
                    count[c]++;
                }
            }
        }
        for (int c = 0; c < width; c++) {
            sum[c] = count[c] == 0 ? 0 : sum[c] / count[c];
        }
        return sum;
    }

    /** @return whether {@code row} equals the baseline in every defined feature (so every attribution is zero) */
    public static boolean equal(double[] row, double[] baseline) {
        for (int c = 0; c < row.length; c++) {
            if (!Double.isNaN(row[c]) && Math.abs(row[c] - baseline[c]) > 1e-9 * Math.max(1, Math.abs(baseline[c]))) {
                return false;
            }
        }
        return true;
    }

    /** @return a copy of {@code row} with each NaN replaced by the baseline's value, so it gets no attribution */
    public static double[] filled(double[] row, double[] baseline) {
        double[] out = row.clone();
        for (int c = 0; c < out.length; c++) {
            if (Double.isNaN(out[c])) {
                out[c] = baseline[c];
            }
        }
        return out;
    }
}
