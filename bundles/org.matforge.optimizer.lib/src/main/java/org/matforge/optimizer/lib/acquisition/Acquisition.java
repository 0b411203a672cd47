package org.matforge.optimizer.lib.acquisition;

import java.util.Locale;

import org.hipparchus.special.Erf;

/**
 * Acquisition functions. {@link #score} is "higher is better" in the campaign's goal direction; the closed forms
 * are public for tests and reports.
 */
public enum Acquisition {
    /** Expected improvement over the best observed value, with margin ξ. */
    EI,
    /** Confidence bound: lower bound μ − κσ when minimising, upper bound μ + κσ when maximising. */
    LCB,
    /** Thompson sampling: a joint draw of the surrogate, its best point. */
    TS;

    /** @return the acquisition for an id: ei, lcb, ucb (the same confidence bound), ts */
    public static Acquisition of(String id) {
        switch (id.toLowerCase(Locale.ROOT)) {
        case "ei":
            return EI;
        case "lcb":
        case "ucb":
            return LCB;
        case "ts":
        case "thompson":
            return TS;
        default:
            throw new IllegalArgumentException("unknown acquisition '" + id + "'; known: ei, lcb (ucb), ts");
        }
    }

    /**
     * @param mean     predictive mean
     * @param sd       predictive standard deviation
     * @param best     best value observed so far
     * @param weight   ξ for EI, κ for the confidence bound
     * @param maximise goal direction
     * @return the score, higher is better (for TS pass the draw as mean: it is returned in the goal direction)
     */
    public double score(double mean, double sd, double best, double weight, boolean maximise) {
        switch (this) {
        case EI:
            return expectedImprovement(mean, sd, best, weight, maximise);
        case LCB:
            return maximise ? upperConfidenceBound(mean, sd, weight) : -lowerConfidenceBound(mean, sd, weight);
        default:
            return maximise ? mean : -mean;
        }
    }

    /** @return E[max(0, f − best − ξ)] (maximising) or E[max(0, best − f − ξ)] (minimising) for f ~ N(mean, sd²) */
    public static double expectedImprovement(double mean, double sd, double best, double xi, boolean maximise) {
        double gain = maximise ? mean - best - xi : best - mean - xi;
        if (!(sd > 0)) {
            return Math.max(0, gain);
        }
        double z = gain / sd;
        return gain * normalCdf(z) + sd * normalPdf(z);
    }

    /** @return μ − κσ */
    public static double lowerConfidenceBound(double mean, double sd, double kappa) {
        return mean - kappa * sd;
    }

    /** @return μ + κσ */
    public static double upperConfidenceBound(double mean, double sd, double kappa) {
        return mean + kappa * sd;
    }

    /** @return Φ(z) */
    public static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** @return φ(z) */
    public static double normalPdf(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }
}
