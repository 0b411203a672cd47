package org.matforge.stability.lib;

/**
 * When a candidate counts as stable enough: its energy above the hull, lowered by k·σ, is at most the threshold
 * (k = 0: the estimate itself; k = 2: kept unless it is 2σ above the threshold).
 *
 * @param threshold eV/atom, e.g. 0.1 (room for metastable phases)
 * @param k         σ multiple, ≥ 0
 */
public record StabilityCriterion(double threshold, double k) {
    /** Checks the arguments. */
    public StabilityCriterion {
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite, got " + threshold);
        }
        if (!(k >= 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("k must be ≥ 0 and finite, got " + k);
        }
    }

    /** @return whether the estimate is within threshold + k·σ of the hull */
    public boolean keeps(StabilityEstimate estimate) {
        return estimate.eAboveHull() - k * estimate.sigma() <= threshold;
    }
}
