package org.matforge.spark;

import java.io.Serializable;

import org.matforge.spi.generator.PropertyCondition;

/**
 * The {@code --condition} of {@code generate}: a conditional generator draws for a property in [min, max], as the
 * workflow's sample step with {@code "condition"} does.
 *
 * @param target the property the generator was trained on, e.g. {@code band_gap}
 * @param min    lower bound (−∞ when empty)
 * @param max    upper bound (+∞ when empty)
 */
public record DrawCondition(String target, double min, double max) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the bounds, as {@link PropertyCondition} does. */
    public DrawCondition {
        new PropertyCondition(target, min, max);
    }

    /**
     * @param text {@code target:min:max}, an empty bound meaning none, e.g. {@code band_gap:3:6}
     * @return the condition
     * @throws IllegalArgumentException naming {@code --condition} and what is wrong
     */
    public static DrawCondition parse(String text) {
        String[] p = text.split(":", -1);
        if (p.length != 3 || p[0].isBlank()) {
            throw new IllegalArgumentException("--condition '" + text + "': expected target:min:max, e.g. band_gap:3:6");
        }
        try {
            double min = p[1].isBlank() ? Double.NEGATIVE_INFINITY : Double.parseDouble(p[1]);
            double max = p[2].isBlank() ? Double.POSITIVE_INFINITY : Double.parseDouble(p[2]);
            return new DrawCondition(p[0].trim(), min, max);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--condition '" + text + "': " + e.getMessage(), e);
        }
    }

    /** @return the condition to hand the generator */
    public PropertyCondition property() {
        return new PropertyCondition(target, min, max);
    }
}
