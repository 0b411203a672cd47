package org.matforge.spi.optimizer;

/**
 * One axis of a design space: an element fraction, a synthesis temperature, ...
 *
 * @param name    the variable's name
 * @param lower   lower bound
 * @param upper   upper bound, ≥ lower
 * @param integer whether only whole numbers are allowed
 */
public record Dimension(String name, double lower, double upper, boolean integer) {
    /** Checks the bounds. */
    public Dimension {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("dimension " + name + ": lower " + lower + " > upper " + upper);
        }
    }
}
