package org.matforge.optimizer.lib;

import java.util.Random;

/**
 * A regression model with uncertainty over the unit box: fitted on encoded inputs and raw targets, it predicts
 * mean and standard deviation (in target units) and draws joint samples for Thompson sampling.
 */
public interface Surrogate {
    /** Fits from scratch, hyper-parameters included. */
    void fit(double[][] x, double[] y, Random random);

    /**
     * Refits on new data keeping the hyper-parameters of the last {@link #fit} (a GP's length scales; a forest
     * regrows its trees): cheap, used between hyper-parameter fits and for kriging-believer batches.
     */
    void update(double[][] x, double[] y, Random random);

    /** @return predictive mean and standard deviation at each point */
    Prediction predict(double[][] points);

    /** @return one draw of the surrogate's function jointly at every point */
    double[] sample(double[][] points, Random random);

    /** @return how many observations it needs to be fitted; with fewer the optimiser proposes at random (default 2) */
    default int minimumObservations() {
        return 2;
    }

    /** @return per input, its length scale (short = relevant), or null when the surrogate has none */
    double[] lengthScales();

    /**
     * @param mean predictive means
     * @param sd   predictive standard deviations (≥ 0)
     */
    record Prediction(double[] mean, double[] sd) {
    }
}
