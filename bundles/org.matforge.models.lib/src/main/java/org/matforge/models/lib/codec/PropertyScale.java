package org.matforge.models.lib.codec;

import java.util.Optional;
import java.util.SplittableRandom;

import org.matforge.spi.generator.PropertyCondition;

/**
 * Standardisation of the conditioning property: a conditional generator (CVAE, conditional GAN) sees (value − mean)/std.
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

    /**
     * @param property  the conditioning property of a model, or null for an unconditional one
     * @param condition the requested condition
     * @param model     the model's name in messages, e.g. "VAE"
     * @param what      what is asked, e.g. "sample"
     * @throws UnsupportedOperationException for a condition on an unconditional model or on another property
     */
    public static void check(PropertyScale property, Optional<PropertyCondition> condition, String model, String what) {
        if (condition.isPresent() && property == null) {
            throw new UnsupportedOperationException("this " + model + " is unconditional: it cannot " + what + " for " + condition.get().target());
        }
        if (condition.isPresent() && !condition.get().target().equals(property.name())) {
            throw new UnsupportedOperationException("this " + model + " is conditioned on " + property.name() + ", not " + condition.get().target());
        }
    }

    /**
     * @return a standardised condition value: uniform in the condition's range, or without one a standard normal draw
     *         (the training distribution of the standardised property, roughly)
     */
    public double draw(Optional<PropertyCondition> condition, SplittableRandom random) {
        if (condition.isEmpty()) {
            return random.nextGaussian();
        }
        PropertyCondition c = condition.get();
        return apply(c.min() + (c.max() - c.min()) * random.nextDouble());
    }
}
