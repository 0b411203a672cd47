package org.matforge.spi.optimizer;

/**
 * A measured point: the design variables and the objective value observed there.
 *
 * @param x     values, one per dimension of the design space
 * @param value observed objective
 */
public record Observation(double[] x, double value) {
    /** Copies x. */
    public Observation {
        x = x.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }
}
