package org.matforge.orchestrator.internal.engine.artefacts;

/**
 * Predicted against actual values on rows held out of training.
 *
 * @param actual    the true values
 * @param predicted the predicted means
 * @param std       the predicted standard deviations
 */
public record Parity(double[] actual, double[] predicted, double[] std) {
    /** @return mean absolute error */
    public double mae() {
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += Math.abs(actual[i] - predicted[i]);
        }
        return actual.length == 0 ? Double.NaN : s / actual.length;
    }

    /** @return root mean squared error */
    public double rmse() {
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
        }
        return actual.length == 0 ? Double.NaN : Math.sqrt(s / actual.length);
    }

    /** @return coefficient of determination */
    public double r2() {
        double mean = 0;
        for (double a : actual) {
            mean += a;
        }
        mean /= actual.length;
        double total = 0;
        double residual = 0;
        for (int i = 0; i < actual.length; i++) {
            total += (actual[i] - mean) * (actual[i] - mean);
            residual += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
        }
        return total == 0 ? Double.NaN : 1 - residual / total;
    }
}
