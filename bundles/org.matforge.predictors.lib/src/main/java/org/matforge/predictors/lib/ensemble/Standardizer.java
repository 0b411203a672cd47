package org.matforge.predictors.lib.ensemble;

import org.matforge.api.data.FeatureMatrix;

/**
 * Column standardisation fitted on training rows only: (x − mean)/scale, NaN (undefined feature) → 0, i.e. the
 * training mean. A column whose training spread is ~0 gets scale 1 — without that guard a test row with a
 * different value in a column that was constant in training becomes huge (measured: one expt_gap fold's MAE went
 * from ~0.4 to 0.93 eV).
 *
 * @param mean  per column
 * @param scale per column, &gt; 0
 */
public record Standardizer(double[] mean, double[] scale) {
    private static final double MIN_STD = 1e-6;

    /** @return the statistics of {@code rows} of {@code x} (NaN ignored) */
    public static Standardizer fit(FeatureMatrix x, int[] rows) {
        int w = x.columnCount();
        double[] mean = new double[w];
        double[] scale = new double[w];
        for (int j = 0; j < w; j++) {
            double sum = 0;
            int n = 0;
            for (int r : rows) {
                double v = x.get(r, j);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            double m = n == 0 ? 0 : sum / n;
            double ss = 0;
            for (int r : rows) {
                double v = x.get(r, j);
                if (!Double.isNaN(v)) {
                    ss += (v - m) * (v - m);
                }
            }
            double sd = n < 2 ? 0 : Math.sqrt(ss / (n - 1));
            mean[j] = m;
            scale[j] = sd < MIN_STD * Math.max(1, Math.abs(m)) ? 1 : sd;
        }
        return new Standardizer(mean, scale);
    }

    /** @return rows {@code from} (inclusive) to {@code to} (exclusive) standardised as float32, row-major */
    public float[] apply(FeatureMatrix x, int from, int to) {
        int[] rows = new int[to - from];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return apply(x, rows);
    }

    /** @return the standardised rows as float32, row-major */
    public float[] apply(FeatureMatrix x, int[] rows) {
        int w = x.columnCount();
        float[] out = new float[rows.length * w];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < w; j++) {
                double v = x.get(rows[i], j);
                out[i * w + j] = Double.isNaN(v) ? 0f : (float) ((v - mean[j]) / scale[j]);
            }
        }
        return out;
    }
}
