package org.matforge.predictors.lib.ensemble;

import static org.matforge.api.data.ParameterSpec.choice;
import static org.matforge.api.data.ParameterSpec.flag;
import static org.matforge.api.data.ParameterSpec.integer;
import static org.matforge.api.data.ParameterSpec.integers;
import static org.matforge.api.data.ParameterSpec.number;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.deeplearning4j.nn.weights.WeightInit;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.commons.nn.Mlp;
import org.nd4j.linalg.activations.Activation;

/**
 * Options of the MLP deep ensemble; every one can be given as a trainer parameter of the same name, declared with its
 * range in {@link #SCHEMA}.
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
 * @param activation   hidden-layer activation: {@code relu}, {@code silu} (swish), {@code elu}, {@code gelu} or {@code tanh}
 * @param schedule     learning-rate schedule over the {@code epochs} budget: {@code constant}, or {@code cosine}
 *                     (linear warm-up over {@code warmup} epochs, then cosine annealing to 0 at the last epoch)
 * @param warmup       warm-up epochs of the cosine schedule
 * @param dropout      probability of dropping a hidden activation in training
 * @param weightDecay  decoupled weight decay (AdamW), on top of (or instead of) {@code l2}
 * @param subsample    share of the non-validation rows each member trains on, drawn with the member's seed (1 = all)
 * @param threads      members trained at once, each on its own thread (the result does not depend on it)
 * @param init         initial weights: {@code xavier}, {@code uniform} (U(±1/√fan-in), PyTorch's default) or {@code he}
 * @param average      stochastic weight averaging: a member's weights averaged over its last {@code average} epochs of
 *                     the budget replace its best epoch's when they validate better (0 = off)
 */
public record EnsembleSettings(int members, int[] layers, int epochs, int patience, int batch, double learningRate, double l2,
        double validation, String loss, String transform, long seed, double targetMin, double targetMax, double decay,
        int decayPatience, boolean calibrate, String activation, String schedule, int warmup, double dropout,
        double weightDecay, double subsample, int threads, String init, int average) {

    /** The weight initialisations by name: {@code uniform} is U(±1/√fan-in), PyTorch's default; {@code he} suits ReLU. */
    static final Map<String, WeightInit> INITS = Map.of("xavier", WeightInit.XAVIER, "uniform", WeightInit.UNIFORM,
            "he", WeightInit.RELU);

    /** The hidden-layer activations by name. */
    static final Map<String, Activation> ACTIVATIONS = Map.of("relu", Activation.RELU, "silu", Activation.SWISH,
            "elu", Activation.ELU, "gelu", Activation.GELU, "tanh", Activation.TANH);

    /** Defaults, justified in docs/benchmarks.md (Predictors, "Issue 23"). */
    public static final EnsembleSettings DEFAULTS = new EnsembleSettings(5, new int[] {256, 128}, 40, 40, 128, 4e-3, 1e-4, 0.1,
            "l1", "none", 42, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 10, true, "relu", "cosine", 2, 0, 0, 1, 1,
            "uniform", 0);

    /** The trainer parameters: names, defaults (those of {@link #DEFAULTS}) and ranges. */
    public static final ParameterSchema SCHEMA = ParameterSchema.of(
            integer("members", DEFAULTS.members, 1, 64, "ensemble size (member i uses seed + i)"),
            integers("layers", DEFAULTS.layers, 1, 4096, "hidden widths (list or comma-separated)"),
            integer("epochs", DEFAULTS.epochs, 1, 100_000, "maximal epochs per member"),
            integer("patience", DEFAULTS.patience, 1, 100_000, "early-stopping patience in epochs"),
            integer("batch", DEFAULTS.batch, 1, 65_536, "rows per step"),
            number("learningRate", DEFAULTS.learningRate, 0, 1, "Adam learning rate").aboveMin(),
            number("l2", DEFAULTS.l2, 0, 1, "weight decay"),
            number("validation", DEFAULTS.validation, 0, 0.5, "share of the training rows held out for early stopping (and σ calibration)")
                    .aboveMin().belowMax(),
            choice("loss", DEFAULTS.loss, List.of("l1", "mse", "nll"),
                    "`l1` (the matbench metric), `mse` or `nll` (mean + variance head); classification always uses the logistic loss"),
            choice("transform", DEFAULTS.transform, List.of("none", "log1p"), "target transform of regression targets"),
            integer("seed", DEFAULTS.seed, Long.MIN_VALUE, Long.MAX_VALUE, "base seed (a workflow passes its step's seed)"),
            number("targetMin", DEFAULTS.targetMin, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    "smallest possible target, e.g. 0 for band gaps; predictions are clipped to it"),
            number("targetMax", DEFAULTS.targetMax, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "largest possible target"),
            number("decay", DEFAULTS.decay, 0, 1, "learning-rate factor after `decayPatience` epochs without improvement (1 = off)").aboveMin(),
            integer("decayPatience", DEFAULTS.decayPatience, 1, 100_000, "epochs without improvement before the learning rate decays"),
            flag("calibrate", DEFAULTS.calibrate, "one shared validation split and σ calibrated on it; `false`: a split per member, σ uncalibrated"),
            choice("activation", DEFAULTS.activation, List.of("relu", "silu", "elu", "gelu", "tanh"), "hidden-layer activation (`silu` is swish)"),
            choice("schedule", DEFAULTS.schedule, List.of("constant", "cosine"),
                    "learning rate over the `epochs` budget: `constant`, or `cosine` (warm-up, then cosine annealing to 0 at the last epoch)"),
            integer("warmup", DEFAULTS.warmup, 0, 100_000, "epochs of linear warm-up of the `cosine` schedule"),
            number("dropout", DEFAULTS.dropout, 0, 0.9, "probability of dropping a hidden activation in training"),
            number("weightDecay", DEFAULTS.weightDecay, 0, 1, "decoupled weight decay (AdamW: learning rate × weightDecay per step)"),
            number("subsample", DEFAULTS.subsample, 0, 1,
                    "share of the non-validation rows each member trains on, drawn with its seed (1 = all)").aboveMin(),
            integer("threads", DEFAULTS.threads, 1, 64, "members trained at once, each on its own thread (same result for any count)"),
            choice("init", DEFAULTS.init, List.of("xavier", "uniform", "he"),
                    "initial weights: `uniform` is U(±1/√fan-in), PyTorch's default; `he` suits ReLU"),
            integer("average", DEFAULTS.average, 0, 100_000,
                    "weights averaged over the last `average` epochs replace the best epoch's when they validate better (0 = off)"))
            .rule("targetMin", v -> v.number("targetMin", 0) < v.number("targetMax", 0) ? Optional.empty()
                    : Optional.of("must be below targetMax (" + v.asMap().get("targetMax") + "), got " + v.asMap().get("targetMin")));

    /** Checks and copies the values. */
    public EnsembleSettings {
        if (!Set.of("mse", "l1", "nll").contains(loss) || !Set.of("none", "log1p").contains(transform) || layers.length == 0) {
            throw new IllegalArgumentException("ensemble settings: loss mse, l1 or nll, transform none or log1p and at least one layer;"
                    + " got " + loss + ", " + transform + ", " + layers.length + " layers");
        }
        if (!ACTIVATIONS.containsKey(activation) || !INITS.containsKey(init) || !Set.of("constant", "cosine").contains(schedule)
                || warmup < 0) {
            throw new IllegalArgumentException("ensemble settings: activation " + ACTIVATIONS.keySet() + ", schedule constant or "
                    + "cosine, warmup ≥ 0, init " + INITS.keySet() + "; got " + activation + ", " + schedule + ", " + warmup + ", " + init);
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
                + (calibrate ? "" : " calibrate=false") + " activation=" + activation + " schedule=" + schedule
                + (warmup == 0 ? "" : " warmup=" + warmup) + (dropout == 0 ? "" : " dropout=" + dropout)
                + (weightDecay == 0 ? "" : " weightDecay=" + weightDecay) + (subsample == 1 ? "" : " subsample=" + subsample)
                + (threads == 1 ? "" : " threads=" + threads) + " init=" + init + (average == 0 ? "" : " average=" + average);
    }

    /** @return initial weights, l2, weight decay and dropout of a member network */
    Mlp.Options networkOptions() {
        return new Mlp.Options(l2, weightDecay, dropout, INITS.get(init));
    }

    /** @return the DL4J activation of the hidden layers */
    Activation hiddenActivation() {
        return ACTIVATIONS.get(activation);
    }

    /**
     * @param epoch 0-based epoch
     * @return the learning rate of that epoch under {@link #schedule} (the decay on plateaus comes on top)
     */
    double learningRateAt(int epoch) {
        if (schedule.equals("constant")) {
            return learningRate;
        }
        if (epoch < warmup) {
            return learningRate * (epoch + 1) / (warmup + 1);
        }
        double progress = (epoch - warmup) / (double) Math.max(1, epochs - warmup);
        return learningRate * 0.5 * (1 + Math.cos(Math.PI * progress));
    }

    /** @return these settings overridden by {@code p} @throws IllegalArgumentException listing every parameter outside {@link #SCHEMA} */
    public EnsembleSettings with(Parameters p) {
        SCHEMA.require(MlpEnsemble.TRAINER, p);
        return new EnsembleSettings((int) p.integer("members", members), p.integers("layers", layers),
                (int) p.integer("epochs", epochs), (int) p.integer("patience", patience), (int) p.integer("batch", batch),
                p.number("learningRate", learningRate), p.number("l2", l2), p.number("validation", validation),
                lowerCase(p, "loss", loss), lowerCase(p, "transform", transform), p.integer("seed", seed),
                p.number("targetMin", targetMin), p.number("targetMax", targetMax), p.number("decay", decay),
                (int) p.integer("decayPatience", decayPatience), p.flag("calibrate", calibrate),
                lowerCase(p, "activation", activation), lowerCase(p, "schedule", schedule), (int) p.integer("warmup", warmup),
                p.number("dropout", dropout), p.number("weightDecay", weightDecay), p.number("subsample", subsample),
                (int) p.integer("threads", threads), lowerCase(p, "init", init),
                (int) p.integer("average", average));
    }

    private static String lowerCase(Parameters p, String key, String fallback) {
        return p.string(key).map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse(fallback);
    }
}
