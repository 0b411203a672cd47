package org.matforge.optimizer.lib.gp;

import java.util.Random;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises the log marginal likelihood over log length scales, log signal variance and log noise variance within
 * bounds, with Hipparchus's BOBYQA (bounded, derivative-free) from several starts: the previous optimum if given,
 * the centre of the box, then random points; an ARD fit also starts from the isotropic optimum (every length scale
 * the isotropic one), so that its likelihood is never below the isotropic model's it contains.
 */
public final class MarginalLikelihoodFit {
    /** Bounds for inputs in the unit box and standardised targets. */
    public static final double MIN_LENGTH = 0.01, MAX_LENGTH = 100, MIN_SIGNAL = 0.05, MAX_SIGNAL = 20, MIN_NOISE = 1e-6, MAX_NOISE = 1;

    private final boolean ard;
    private final int restarts;
    private final int maxEvaluations;

    /**
     * @param ard            one length scale per input (true) or one for all
     * @param restarts       optimiser starts, ≥ 1
     * @param maxEvaluations likelihood evaluations per start
     */
    public MarginalLikelihoodFit(boolean ard, int restarts, int maxEvaluations) {
        this.ard = ard;
        this.restarts = Math.max(1, restarts);
        this.maxEvaluations = maxEvaluations;
    }

    /**
     * @param previous a warm start, or null
     * @return the best hyper-parameters found and the GP conditioned on them
     */
    public GaussianProcess fit(double[][] x, double[] y, GpHyperparameters previous, Random random) {
        int d = x[0].length;
        int lengths = ard ? d : 1;
        int p = lengths + 2;
        double[] lo = new double[p];
        double[] hi = new double[p];
        for (int i = 0; i < lengths; i++) {
            lo[i] = Math.log(MIN_LENGTH);
            hi[i] = Math.log(MAX_LENGTH);
        }
        lo[lengths] = Math.log(MIN_SIGNAL);
        hi[lengths] = Math.log(MAX_SIGNAL);
        lo[lengths + 1] = Math.log(MIN_NOISE);
        hi[lengths + 1] = Math.log(MAX_NOISE);
        GaussianProcess best = null;
        for (int start = 0; start < restarts; start++) {
            double[] x0 = new double[p];
            if (start == 0 && previous != null && previous.lengthScales().length == lengths) {
                double[] ls = previous.lengthScales();
                for (int i = 0; i < lengths; i++) {
                    x0[i] = Math.log(ls[i]);
                }
                x0[lengths] = Math.log(previous.signalVariance());
                x0[lengths + 1] = Math.log(Math.max(MIN_NOISE, previous.noiseVariance()));
            } else if (start == 0) {
                for (int i = 0; i < lengths; i++) {
                    x0[i] = Math.log(0.5);
                }
                x0[lengths] = 0;
                x0[lengths + 1] = Math.log(0.01);
            } else {
                for (int i = 0; i < p; i++) {
                    x0[i] = lo[i] + random.nextDouble() * (hi[i] - lo[i]);
                }
            }
            for (int i = 0; i < p; i++) {
                x0[i] = Math.min(hi[i] - 1e-9, Math.max(lo[i] + 1e-9, x0[i]));
            }
            GaussianProcess found = optimise(x, y, x0, lo, hi, lengths);
            if (found != null && (best == null || found.logMarginalLikelihood() > best.logMarginalLikelihood())) {
                best = found;
            }
        }
        if (ard && d > 1) {
            GpHyperparameters iso = new MarginalLikelihoodFit(false, 1, maxEvaluations).fit(x, y, null, random).hyperparameters();
            double[] x0 = new double[p];
            java.util.Arrays.fill(x0, 0, lengths, Math.log(iso.lengthScales()[0]));
            x0[lengths] = Math.log(iso.signalVariance());
            x0[lengths + 1] = Math.log(Math.max(MIN_NOISE, iso.noiseVariance()));
            for (int i = 0; i < p; i++) {
                x0[i] = Math.min(hi[i] - 1e-9, Math.max(lo[i] + 1e-9, x0[i]));
            }
            GaussianProcess found = optimise(x, y, x0, lo, hi, lengths);
            if (found != null && (best == null || found.logMarginalLikelihood() > best.logMarginalLikelihood())) {
                best = found;
            }
        }
        if (best == null) {
            best = GaussianProcess.fit(x, y, decode(new double[p], lengths, true));
        }
        return best;
    }

    private GaussianProcess optimise(double[][] x, double[] y, double[] x0, double[] lo, double[] hi, int lengths) {
        BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * x0.length + 1, 0.5, 1e-3);
        double[] bestTheta = x0.clone();
        double[] bestValue = {Double.NEGATIVE_INFINITY};
        try {
            bobyqa.optimize(new MaxEval(Math.max(maxEvaluations, 30 * x0.length)), GoalType.MAXIMIZE, new InitialGuess(x0), new SimpleBounds(lo, hi),
                    new ObjectiveFunction(theta -> {
                        double v = likelihood(x, y, decode(theta, lengths, false));
                        if (v > bestValue[0]) {
                            bestValue[0] = v;
                            System.arraycopy(theta, 0, bestTheta, 0, theta.length);
                        }
                        return v;
                    }));
        } catch (MathRuntimeException evaluationsUsedUp) {
            // keep the best point evaluated so far
        }
        if (bestValue[0] <= -1e300) {
            return null;
        }
        return GaussianProcess.fit(x, y, decode(bestTheta, lengths, false));
    }

    private static double likelihood(double[][] x, double[] y, GpHyperparameters h) {
        try {
            double v = GaussianProcess.fit(x, y, h).logMarginalLikelihood();
            return Double.isFinite(v) ? v : -1e300;
        } catch (IllegalArgumentException notPositiveDefinite) {
            return -1e300;
        }
    }

    private static GpHyperparameters decode(double[] theta, int lengths, boolean defaults) {
        double[] ls = new double[lengths];
        for (int i = 0; i < lengths; i++) {
            ls[i] = defaults ? 0.5 : Math.exp(theta[i]);
        }
        return defaults ? new GpHyperparameters(ls, 1, 0.01) : new GpHyperparameters(ls, Math.exp(theta[lengths]), Math.exp(theta[lengths + 1]));
    }
}
