package org.matforge.predictors.internal.ensemble;

import java.util.Set;

import org.matforge.api.data.Parameters;
import org.matforge.commons.nn.ParameterCheck;

/**
 * Options of the MLP deep ensemble; every one can be given as a trainer parameter of the same name.
 *
 * @param members      ensemble size (member i uses seed + i and its own validation split)
 * @param layers       hidden widths
 * @param epochs       maximal epochs per member
 * @param patience     early stopping: epochs without validation improvement before stopping (best epoch kept)
 * @param batch        rows per step
 * @param learningRate Adam learning rate
 * @param l2           weight decay
 * @param validation   share of the training rows held out for early stopping
 * @param loss         {@code mse}, {@code l1} or {@code nll} (Gaussian negative log-likelihood: each member
 *                     predicts a mean and a variance); classification always uses cross-entropy
 * @param transform    target transform before standardising: {@code none}, or {@code log1p} for non-negative
 *                     skewed targets such as band gaps (fitted on training rows only, like everything else)
 * @param seed         base seed
 * @param targetMin    smallest possible target (e.g. 0 for a band gap), −∞ when unbounded; predictions are clipped to it
 * @param targetMax    largest possible target, +∞ when unbounded
 * @param decay        factor applied to the learning rate after {@code decayPatience} epochs without validation
 *                     improvement (1 = constant learning rate)
 * @param decayPatience epochs without improvement before the learning rate decays
 * @param calibrate    whether σ is calibrated: all members then share one validation split (rather than one each),
 *                     and σ is scaled so that 68.3 % of its errors fall within ±σ (regression only)
 */
public record EnsembleSettings(int members, int[] layers, int epochs, int patience, int batch, double learningRate, double l2,
        double validation, String loss, String transform, long seed, double targetMin, double targetMax, double decay,
        int decayPatience, boolean calibrate) {

    /** Defaults, justified in docs/models.md. */
    public static final EnsembleSettings DEFAULTS = new EnsembleSettings(5, new int[] {256, 128}, 300, 25, 64, 1e-3, 1e-4, 0.1,
            "l1", "none", 42, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 10, true);

    private static final Set<String> KEYS = Set.of("members", "layers", "epochs", "patience", "batch", "learningRate", "l2",
            "validation", "loss", "transform", "seed", "targetMin", "targetMax", "decay",
            "decayPatience", "calibrate");

    /** Checks and copies the values. */
    public EnsembleSettings {
        if (members < 1 || epochs < 1 || patience < 1 || batch < 1 || !(validation > 0 && validation < 0.5)) {
            throw new IllegalArgumentException("ensemble settings: members, epochs, patience, batch ≥ 1, 0 < validation < 0.5");
        }
        if (!Set.of("mse", "l1", "nll").contains(loss)) {
            throw new IllegalArgumentException("ensemble loss must be mse, l1 or nll, got '" + loss + "'");
        }
        if (!Set.of("none", "log1p").contains(transform)) {
            throw new IllegalArgumentException("ensemble transform must be none or log1p, got '" + transform + "'");
        }
        if (layers.length == 0 || java.util.Arrays.stream(layers).anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("ensemble layers need at least one hidden layer, each ≥ 1 wide");
        }
        if (!(decay > 0 && decay <= 1) || decayPatience < 1) {
            throw new IllegalArgumentException("ensemble settings: 0 < decay ≤ 1 and decayPatience ≥ 1, got " + decay + " and "
                    + decayPatience);
        }
        if (Double.isNaN(targetMin) || Double.isNaN(targetMax) || !(targetMin < targetMax)) {
            throw new IllegalArgumentException("ensemble settings: targetMin " + targetMin + " must be below targetMax " + targetMax);
        }
        layers = layers.clone();
    }

    /** @return a copy of the hidden widths */
    @Override
    public int[] layers() {
        return layers.clone();
    }

    @Override
    public String toString() {
        return "members=" + members + " layers=" + java.util.Arrays.toString(layers) + " epochs=" + epochs + " patience="
                + patience + " batch=" + batch + " learningRate=" + learningRate + " l2=" + l2 + " validation=" + validation
                + " loss=" + loss + " transform=" + transform + " seed=" + seed
                + (Double.isInfinite(targetMin) ? "" : " targetMin=" + targetMin)
                + (Double.isInfinite(targetMax) ? "" : " targetMax=" + targetMax)
                + (decay == 1 ? "" : " decay=" + decay + " decayPatience=" + decayPatience)
                + (calibrate ? "" : " calibrate=false");
    }

    /** @return these settings overridden by {@code p}; unknown keys are errors */
    public EnsembleSettings with(Parameters p) {
        ParameterCheck.known(p, KEYS, MlpEnsemble.TRAINER);
        return new EnsembleSettings((int) p.integer("members", members), ParameterCheck.layers(p, "layers", layers),
                (int) p.integer("epochs", epochs), (int) p.integer("patience", patience), (int) p.integer("batch", batch),
                p.number("learningRate", learningRate), p.number("l2", l2), p.number("validation", validation),
                p.string("loss").orElse(loss), p.string("transform").orElse(transform), p.integer("seed", seed),
                p.number("targetMin", targetMin), p.number("targetMax", targetMax), p.number("decay", decay),
                (int) p.integer("decayPatience", decayPatience), p.flag("calibrate", calibrate));
    }
}
