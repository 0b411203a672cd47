package org.matforge.screens.lib;

/** The standard normal distribution's cumulative distribution function. */
final class NormalDistribution {
    private NormalDistribution() {
    }

    /** @return P(X ≤ x) for X ~ N(0, 1), fractional error below 1.2e-7 */
    static double cdf(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /** Complementary error function by Chebyshev fitting (Numerical Recipes, 2nd ed., §6.2). */
    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
