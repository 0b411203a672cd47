package org.matforge.api.discovery;

/**
 * A predicted property value with its uncertainty: the mean over an ensemble and the standard deviation
 * (0 when the predictor gives none). For classifiers the mean is the probability of the positive class.
 *
 * @param mean predicted value
 * @param std  standard deviation of the prediction, not negative
 */
public record Prediction(double mean, double std) {
    /** Checks the uncertainty. */
    public Prediction {
        if (std < 0 || Double.isNaN(std)) {
            throw new IllegalArgumentException("standard deviation must be ≥ 0, got " + std);
        }
    }

    /** @return mean − k·std */
    public double lower(double k) {
        return mean - k * std;
    }

    /** @return mean + k·std */
    public double upper(double k) {
        return mean + k * std;
    }
}
