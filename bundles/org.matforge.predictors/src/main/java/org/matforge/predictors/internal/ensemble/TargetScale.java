package org.matforge.predictors.internal.ensemble;

/**
 * Maps targets to the standardised scale the members learn on: z = (t(y) − mean)/scale with t = identity or
 * log1p, statistics fitted on training rows only. Classification targets (0/1) are left as they are.
 *
 * @param transform {@code none} or {@code log1p}
 * @param mean      mean of t(y) over the training rows
 * @param scale     standard deviation of t(y), &gt; 0
 */
public record TargetScale(String transform, double mean, double scale) {
    /** The identity, for classification. */
    public static final TargetScale IDENTITY = new TargetScale("none", 0, 1);

    /** Checks the values. */
    public TargetScale {
        if (!"none".equals(transform) && !"log1p".equals(transform)) {
            throw new IllegalArgumentException("unknown target transform '" + transform + "'");
        }
        if (!(scale > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("target scale needs a finite mean and a positive scale");
        }
    }

    /**
     * @return the statistics of {@code y} at {@code rows}
     * @throws IllegalArgumentException when log1p meets a target ≤ −1
     */
    public static TargetScale fit(String transform, double[] y, int[] rows) {
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
        return new TargetScale(transform, mean, sd > 1e-12 ? sd : 1);
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

    /** @return y for model output z */
    public double toTarget(double z) {
        double t = z * scale + mean;
        return "log1p".equals(transform) ? Math.expm1(t) : t;
    }

    /** @return dy/dz at z, to carry gradients and variances from the model scale to the target scale */
    public double slope(double z) {
        return "log1p".equals(transform) ? scale * Math.exp(z * scale + mean) : scale;
    }
}
