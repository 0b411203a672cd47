package org.matforge.spi.generator;

/**
 * Asks a conditional generator for compositions whose property lies in [min, max] (min == max for a value).
 *
 * @param target the property, e.g. {@code "band_gap"}
 * @param min    lower bound
 * @param max    upper bound, ≥ min
 */
public record PropertyCondition(String target, double min, double max) {
    /** Checks the bounds. */
    public PropertyCondition {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("a condition needs a target property");
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("condition on " + target + ": min " + min + " > max " + max);
        }
    }
}
