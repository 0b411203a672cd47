package org.matforge.optimizer.lib;

import org.matforge.optimizer.lib.acquisition.Acquisition;

/**
 * How a {@link BayesianOptimizer} proposes.
 *
 * @param surrogate   the model
 * @param acquisition EI, LCB (UCB when maximising) or TS
 * @param weight      ξ of EI in units of the observed targets' standard deviation, or κ of the confidence bound
 * @param maximise    goal direction
 * @param restarts    hyper-parameter optimiser starts per full fit
 * @param refitEvery  full hyper-parameter fit every this many proposals; in between the GP keeps its length scales
 * @param candidates  random candidates scored per proposal in a continuous space
 */
public record BoSettings(SurrogateKind surrogate, Acquisition acquisition, double weight, boolean maximise, int restarts, int refitEvery,
        int candidates) {
    /** Checks. */
    public BoSettings {
        if (restarts < 1 || refitEvery < 1 || candidates < 1 || !(weight >= 0)) {
            throw new IllegalArgumentException("restarts, refitEvery and candidates must be ≥ 1 and weight ≥ 0");
        }
    }

    /** @return GP ARD + EI (ξ = 0.01), 3 restarts, refit at every proposal, 2000 candidates */
    public static BoSettings defaults(boolean maximise) {
        return new BoSettings(SurrogateKind.GP_ARD, Acquisition.EI, 0.01, maximise, 3, 1, 2000);
    }

    /** @return default weight of an acquisition: ξ = 0.01 for EI, κ = 2 for the confidence bound */
    public static double defaultWeight(Acquisition a) {
        return a == Acquisition.LCB ? 2.0 : 0.01;
    }

    /** @return these settings with another surrogate */
    public BoSettings with(SurrogateKind kind) {
        return new BoSettings(kind, acquisition, weight, maximise, restarts, refitEvery, candidates);
    }

    /** @return these settings with another acquisition and its default weight */
    public BoSettings with(Acquisition a) {
        return new BoSettings(surrogate, a, defaultWeight(a), maximise, restarts, refitEvery, candidates);
    }
}
