package org.matforge.models.lib.vae;

/**
 * Standardisation of the conditioning property: the CVAE sees (value − mean)/std.
 *
 * @param name the property
 * @param mean training mean
 * @param std  training standard deviation (1 when the values are constant)
 */
public record PropertyScale(String name, double mean, double std) {
    /** @return the scale fitted on {@code values} */
    public static PropertyScale fit(String name, double[] values) {
        double m = 0;
        for (double v : values) {
            m += v;
        }
        m /= values.length;
        double var = 0;
        for (double v : values) {
            var += (v - m) * (v - m);
        }
        double sd = Math.sqrt(var / Math.max(1, values.length - 1));
        return new PropertyScale(name, m, sd > 1e-12 ? sd : 1);
    }

    /** @return the standardised value */
    public double apply(double value) {
        return (value - mean) / std;
    }
}
