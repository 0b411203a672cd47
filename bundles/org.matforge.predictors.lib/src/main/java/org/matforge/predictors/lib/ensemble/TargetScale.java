package org.matforge.predictors.lib.ensemble;

/**
 * Maps targets to the standardised scale the members learn on: z = (t(y) − mean)/scale with t = identity or
 * log1p, statistics fitted on training rows only. Classification targets (0/1) are left as they are. Back on the
 * target scale, a member's output is clipped into the target's physical range [lower, upper] when one is known
 * (a band gap is never negative), so no prediction is impossible.
 *
 * @param transform {@code none} or {@code log1p}
 * @param mean      mean of t(y) over the training rows
 * @param scale     standard deviation of t(y), &gt; 0
 * @param lower     smallest possible target, −∞ when unbounded
 * @param upper     largest possible target, +∞ when unbounded
 */
public record TargetScale(String transform, double mean, double scale, double lower, double upper) {
    /** The identity, for classification. */
    public static final TargetScale IDENTITY = new TargetScale("none", 0, 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Checks the values. */
    public TargetScale {
        if (!"none".equals(transform) && !"log1p".equals(transform)) {
            throw new IllegalArgumentException("unknown target transform '" + transform + "'");
        }
        if (!(scale > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("target scale needs a finite mean and a positive scale");
        }
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("target range [" + lower + ", " + upper + "] is empty");
        }
    }

    /**
     * @return the statistics of {@code y} at {@code rows}, unbounded
     * @throws IllegalArgumentException when log1p meets a target ≤ −1
     */
    public static TargetScale fit(String transform, double[] y, int[] rows) {
        return fit(transform, y, rows, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * @param lower smallest possible target (−∞ when unbounded)
     * @param upper largest possible target (+∞ when unbounded)
     * @return the statistics of {@code y} at {@code rows}
     * @throws IllegalArgumentException when log1p meets a target ≤ −1 or a target lies outside [lower, upper]
     */
    public static TargetScale fit(String transform, double[] y, int[] rows, double lower, double upper) {
        for (int r : rows) {
            if (y[r] < lower || y[r] > upper) {
                throw new IllegalArgumentException("target of row " + r + " is " + y[r] + ", outside the given range ["
                        + lower + ", " + upper + "] (targetMin, targetMax)");
            }
        }
        double sum = 0;
        for (int r : rows) {
            sum += forward(transform, y[r], r);
        }
        double mean = sum / rows.length;
        double ss = 0;
        for (int r : rows) {
            double d = forward(transform, y[r], r) - mean;
            ss += d * d;
        }
        double sd = rows.length < 2 ? 0 : Math.sqrt(ss / (rows.length - 1));
        return new TargetScale(transform, mean, sd > 1e-12 ? sd : 1, lower, upper);
    }

    private static double forward(String transform, double y, int row) {
        if ("log1p".equals(transform)) {
            if (!(y > -1)) {
                throw new IllegalArgumentException("transform log1p needs targets > −1; row " + row + " has " + y);
            }
            return Math.log1p(y);
        }
        return y;
    }

    /** @return z for target y */
    public double toModel(double y) {
        return (forward(transform, y, -1) - mean) / scale;
    }

    /** @return y for model output z, clipped into [lower, upper] */
    public double toTarget(double z) {
        return Math.max(lower, Math.min(upper, unclipped(z)));
    }

    /** @return dy/dz at z (0 where y is clipped), to carry gradients and variances from the model scale to the target scale */
    public double slope(double z) {
        double y = unclipped(z);
        if (y < lower || y > upper) {
            return 0;
        }
        return "log1p".equals(transform) ? scale * Math.exp(z * scale + mean) : scale;
    }

    private double unclipped(double z) {
        double t = z * scale + mean;
        return "log1p".equals(transform) ? Math.expm1(t) : t;
    }
}
