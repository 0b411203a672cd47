package org.matforge.explain.internal.compute;

import java.util.List;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.explain.LocalExplanation;

/**
 * Integrated gradients (Sundararajan et al. 2017): attribution of feature i is (x_i − b_i) times the mean gradient
 * along the straight path from the baseline b to the input x, integrated with the trapezoid rule. The attributions
 * add up to f(x) − f(b) up to the integration error: the number of steps doubles (up to a limit) until the relative
 * completeness gap is below a tolerance, since networks with kinks (ReLU) need finer paths for some inputs.
 */
public final class IntegratedGradients {
    /** Name of the method in explanations. */
    public static final String METHOD = "integrated-gradients";

    private final MeanModel model;
    private final GradientModel gradients;
    private final int steps;
    private final int maxSteps;
    private final double tolerance;

    /**
     * @param model     predicted means
     * @param gradients input gradients of the same model
     * @param steps     number of integration intervals to start with, at least 1
     * @param maxSteps  the most intervals to refine to
     * @param tolerance relative completeness gap at which refining stops
     */
    public IntegratedGradients(MeanModel model, GradientModel gradients, int steps, int maxSteps, double tolerance) {
        if (steps < 1 || maxSteps < steps) {
            throw new IllegalArgumentException("integrated gradients need 1 ≤ steps ≤ max steps, got " + steps + " and " + maxSteps);
        }
        this.model = model;
        this.gradients = gradients;
        this.steps = steps;
        this.maxSteps = maxSteps;
        this.tolerance = tolerance;
    }

    /** With a fixed number of steps. */
    public IntegratedGradients(MeanModel model, GradientModel gradients, int steps) {
        this(model, gradients, steps, steps, 0);
    }

    /**
     * @param labels   feature labels
     * @param input    the row to explain (NaN features take the baseline value)
     * @param baseline the reference row
     * @return the attribution of each feature
     */
    public LocalExplanation explain(List<String> labels, double[] input, double[] baseline) {
        double[] x = Baseline.filled(input, baseline);
        double[] ends = model.means(FeatureMatrix.of(labels, 2, concat(x, baseline)));
        LocalExplanation explanation = integrate(labels, x, baseline, ends, steps);
        for (int n = 2 * steps; n <= maxSteps && explanation.completenessGap() > tolerance; n *= 2) {
            explanation = integrate(labels, x, baseline, ends, n);
        }
        return explanation;
    }

    private LocalExplanation integrate(List<String> labels, double[] x, double[] baseline, double[] ends, int steps) {
        int width = labels.size();
        double[] path = new double[(steps + 1) * width];
        for (int s = 0; s <= steps; s++) {
            double alpha = (double) s / steps;
            for (int c = 0; c < width; c++) {
                path[s * width + c] = baseline[c] + alpha * (x[c] - baseline[c]);
            }
        }
        FeatureMatrix grads = gradients.gradients(FeatureMatrix.wrap(labels, steps + 1, path));
        double[] attributions = new double[width];
        for (int s = 0; s <= steps; s++) {
            double weight = (s == 0 || s == steps) ? 0.5 : 1.0;
            for (int c = 0; c < width; c++) {
                attributions[c] += weight * grads.get(s, c);
            }
        }
        for (int c = 0; c < width; c++) {
            attributions[c] *= (x[c] - baseline[c]) / steps;
        }
        return new LocalExplanation(METHOD, ends[0], ends[1], labels, attributions);
    }

    static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
