package org.matforge.commons.preprocess;

import java.util.Arrays;
import java.util.List;

/**
 * Per-column feature scaling fitted on training rows only and applied unchanged to validation, test and new
 * data: {@code (x − center) / scale}. A plain record of arrays, so callers persist it with the model (e.g. as JSON)
 * and rebuild it with the constructor.
 * <p>
 * Fitting ignores NaN cells; a column that is constant (or all NaN) on the training rows gets scale 1, so it maps to
 * 0 rather than to infinity. NaN stays NaN.
 *
 * @param method  {@code "standard"} (center = mean, scale = population standard deviation) or {@code "minmax"}
 *                (center = minimum, scale = maximum − minimum)
 * @param labels  the column labels the scaling was fitted on (checked by users before applying)
 * @param center  per-column offset
 * @param scale   per-column divisor, positive
 */
public record Scaling(String method, List<String> labels, double[] center, double[] scale) {
    /** Standardisation to zero mean and unit variance. */
    public static final String STANDARD = "standard";
    /** Normalisation to [0, 1] on the training range. */
    public static final String MIN_MAX = "minmax";

    /** Validates the shapes. */
    public Scaling {
        if (!STANDARD.equals(method) && !MIN_MAX.equals(method)) {
            throw new IllegalArgumentException("unknown scaling method '" + method + "'; known: standard, minmax");
        }
        labels = List.copyOf(labels);
        if (center.length != labels.size() || scale.length != labels.size()) {
            throw new IllegalArgumentException("scaling has " + labels.size() + " labels, " + center.length + " centers and "
                    + scale.length + " scales");
        }
        for (int c = 0; c < scale.length; c++) {
            if (!(scale[c] > 0) || Double.isInfinite(scale[c])) {
                throw new IllegalArgumentException("scale of column '" + labels.get(c) + "' must be positive and finite, got " + scale[c]);
            }
        }
        center = center.clone();
        scale = scale.clone();
    }

    /**
     * @param data      row-major values, {@code labels.size()} per row
     * @param trainRows the rows to fit on (the training split only)
     * @return a standardisation fitted on those rows
     */
    public static Scaling fitStandard(List<String> labels, double[] data, int[] trainRows) {
        int width = labels.size();
        double[] mean = new double[width];
        double[] std = new double[width];
        for (int c = 0; c < width; c++) {
            double sum = 0;
            int n = 0;
            for (int r : trainRows) {
                double v = data[r * width + c];
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            mean[c] = n == 0 ? 0 : sum / n;
            double squares = 0;
            for (int r : trainRows) {
                double v = data[r * width + c];
                if (!Double.isNaN(v)) {
                    squares += (v - mean[c]) * (v - mean[c]);
                }
            }
            double s = n == 0 ? 0 : Math.sqrt(squares / n);
            std[c] = s > 0 && Double.isFinite(s) ? s : 1;
        }
        return new Scaling(STANDARD, labels, mean, std);
    }

    /** @return a min-max normalisation fitted on {@code trainRows} of the row-major {@code data} */
    public static Scaling fitMinMax(List<String> labels, double[] data, int[] trainRows) {
        int width = labels.size();
        double[] min = new double[width];
        double[] range = new double[width];
        for (int c = 0; c < width; c++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int r : trainRows) {
                double v = data[r * width + c];
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            min[c] = lo <= hi ? lo : 0;
            range[c] = hi - lo > 0 && Double.isFinite(hi - lo) ? hi - lo : 1;
        }
        return new Scaling(MIN_MAX, labels, min, range);
    }

    /** @return a new row-major array with every row scaled */
    public double[] apply(double[] data) {
        double[] out = data.clone();
        applyInPlace(out);
        return out;
    }

    /** Scales every row of the row-major {@code data} in place. */
    public void applyInPlace(double[] data) {
        int width = center.length;
        if (data.length % width != 0) {
            throw new IllegalArgumentException(data.length + " values are not rows of " + width + " columns");
        }
        for (int i = 0; i < data.length; i++) {
            int c = i % width;
            data[i] = (data[i] - center[c]) / scale[c];
        }
    }

    /** Undoes the scaling in place (e.g. for predictions of a scaled target). */
    public void invertInPlace(double[] data) {
        int width = center.length;
        for (int i = 0; i < data.length; i++) {
            int c = i % width;
            data[i] = data[i] * scale[c] + center[c];
        }
    }

    @Override
    public double[] center() {
        return center.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scaling s && method.equals(s.method) && labels.equals(s.labels) && Arrays.equals(center, s.center)
                && Arrays.equals(scale, s.scale);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * method.hashCode() + labels.hashCode()) + 31 * Arrays.hashCode(center) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "Scaling[" + method + ", " + labels.size() + " columns]";
    }
}
