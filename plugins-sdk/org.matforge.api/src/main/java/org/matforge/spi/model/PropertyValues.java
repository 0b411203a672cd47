package org.matforge.spi.model;

/**
 * A property per training composition, for conditional generators.
 *
 * @param name   the property, e.g. {@code "band_gap"}
 * @param values one value per composition, in the same order
 */
public record PropertyValues(String name, double[] values) {
    /** Checks the name and copies the values. */
    public PropertyValues {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("property values need a name");
        }
        values = values.clone();
    }

    /** @return a copy of the values */
    @Override
    public double[] values() {
        return values.clone();
    }
}
