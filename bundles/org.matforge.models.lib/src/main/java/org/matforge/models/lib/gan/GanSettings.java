package org.matforge.models.lib.gan;

import static org.matforge.api.data.ParameterSpec.choice;
import static org.matforge.api.data.ParameterSpec.integer;
import static org.matforge.api.data.ParameterSpec.integers;
import static org.matforge.api.data.ParameterSpec.number;
import static org.matforge.api.data.ParameterSpec.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.models.lib.codec.SamplingSettings;
import org.matforge.models.lib.generator.SmactValidity;

/**
 * Options of GAN training; every one can be given as a trainer parameter of the same name, declared with its range in
 * {@link #SCHEMA}.
 *
 * @param epochs               passes over the training compositions
 * @param batch                real rows per step (as many generated rows)
 * @param noise                width of the generator's Gaussian input
 * @param generatorLayers      hidden widths of the generator
 * @param discriminatorLayers  hidden widths of each discriminator
 * @param learningRate         Adam learning rate of generator and discriminators
 * @param beta1                Adam β1
 * @param beta2                Adam β2
 * @param criticSteps          discriminator steps per generator step (WGAN-GP's n_critic; 1 = alternate)
 * @param pack                 PacGAN packing: the discriminator judges this many samples at once (1 = off)
 * @param discriminators       1, or 2: the second judges the {@link ChemistryView} of the same compositions (for {@code d2gan}: the same encoding)
 * @param loss                 the adversarial objective: {@code standard} (non-saturating), {@code wgan-gp} or {@code d2gan}; see {@link GanObjectives}
 * @param combine              how the generator's losses against two discriminators combine: {@code mean} or {@code softmax} (GMAN)
 * @param alpha                D2GAN weight α of D1's reward for real samples
 * @param beta                 D2GAN weight β of D2's reward for generated samples
 * @param maxCount             largest atom count per element per formula unit
 * @param maxElements          largest number of elements per composition
 * @param seed                 seed of initialisation, shuffling and noise
 * @param temperature          temperature of the straight-through Gumbel-softmax relaxation
 * @param gradientPenalty      WGAN-GP penalty weight λ (used by {@code loss=wgan-gp} only)
 * @param sampling             how the trained generator draws (parameters {@code latentScale}, {@code presenceTemperature},
 *                             {@code countTemperature}); also used by the per-epoch probe
 * @param probeOxidationStates the oxidation-state set of the per-epoch probe's SMACT validity (as the {@code smact-validity} screen's)
 * @param probeCondition       the property range a conditional GAN's per-epoch probe draws for, or null: drawn unconditioned
 */
public record GanSettings(int epochs, int batch, int noise, int[] generatorLayers, int[] discriminatorLayers,
        double learningRate, double beta1, double beta2, int criticSteps, int pack, int discriminators, String loss,
        String combine, double alpha, double beta, int maxCount, int maxElements, long seed, double temperature, double gradientPenalty,
        SamplingSettings sampling, String probeOxidationStates, ProbeRange probeCondition) {

    /** Defaults, justified in docs/models.md. */
    public static final GanSettings DEFAULTS = new GanSettings(40, 64, 128, new int[] {256, 512}, new int[] {512, 256},
            2e-4, 0.5, 0.999, 1, 4, 1, GanObjectives.STANDARD, GanObjectives.MEAN, 0.2, 0.1, 8, 6, 42, 1.0, 10.0, new SamplingSettings(1, 1.2, 0.5), SmactValidity.DEFAULT_SET, null);

    /** The oxidation-state sets of the chemistry library, as the {@code smact-validity} screen takes them. */
    static final List<String> OXIDATION_SETS = List.of("smact14", "icsd24", "icsd24-common", "pmg", "pmg-icsd", "magpie");

    /** The trainer parameters: names, defaults (those of {@link #DEFAULTS}) and ranges. */
    public static final ParameterSchema SCHEMA = ParameterSchema.of(
            integer("epochs", DEFAULTS.epochs, 1, 100_000, "passes over the training compositions"),
            integer("batch", DEFAULTS.batch, 2, 65_536, "real rows per step (as many generated rows); a multiple of `pack`"),
            integer("noise", DEFAULTS.noise, 1, 4096, "width of the generator's Gaussian input"),
            integers("generatorLayers", DEFAULTS.generatorLayers, 1, 4096, "hidden widths of the generator"),
            integers("discriminatorLayers", DEFAULTS.discriminatorLayers, 1, 4096, "hidden widths of each discriminator"),
            number("learningRate", DEFAULTS.learningRate, 0, 1, "Adam learning rate of generator and discriminators").aboveMin(),
            number("beta1", DEFAULTS.beta1, 0, 1, "Adam β1").belowMax(),
            number("beta2", DEFAULTS.beta2, 0, 1, "Adam β2").aboveMin().belowMax(),
            integer("criticSteps", DEFAULTS.criticSteps, 1, 100, "discriminator steps per generator step (WGAN-GP's n_critic)"),
            integer("pack", DEFAULTS.pack, 1, 64, "PacGAN packing: samples the discriminator judges at once (1 = off)"),
            integer("discriminators", DEFAULTS.discriminators, 1, 2, "1, or 2: both tell real from generated, the second judging a chemistry view (fraction-weighted element properties)"),
            choice("loss", DEFAULTS.loss, GanObjectives.LOSSES, "the adversarial objective (`d2gan` needs `discriminators` 2)"),
            choice("combine", DEFAULTS.combine, GanObjectives.COMBINATIONS, "the generator's loss against two discriminators: their mean, or GMAN's softmax-weighted sum"),
            number("alpha", DEFAULTS.alpha, 0, 100, "D2GAN weight α of D1's reward for real samples (`loss` d2gan only)"),
            number("beta", DEFAULTS.beta, 0, 100, "D2GAN weight β of D2's reward for generated samples (`loss` d2gan only)"),
            integer("maxCount", DEFAULTS.maxCount, 1, 100, "largest atom count per element per formula unit"),
            integer("maxElements", DEFAULTS.maxElements, 1, 20, "largest number of elements per composition"),
            integer("seed", DEFAULTS.seed, Long.MIN_VALUE, Long.MAX_VALUE, "seed of initialisation, shuffling and noise (a workflow passes its step's seed)"),
            number("temperature", DEFAULTS.temperature, 0, 100, "temperature of the straight-through Gumbel-softmax relaxation").aboveMin(),
            number("gradientPenalty", DEFAULTS.gradientPenalty, 0, 1000, "WGAN-GP penalty weight λ (`loss` wgan-gp only)"))
            .plus(DEFAULTS.sampling.parameters())
            .plus(choice("probeOxidationStates", DEFAULTS.probeOxidationStates, OXIDATION_SETS, "oxidation-state set of the per-epoch probe's SMACT validity "
                    + "(set it to the `smact-validity` screen's that follows)"))
            .plus(text("probeCondition", null, "\"min:max\" of the trained property: a conditional GAN's per-epoch probe, which picks the epoch kept, "
                    + "draws for that range (e.g. the sample step's); none: it draws unconditioned"))
            .rule("probeCondition", v -> v.string("probeCondition").flatMap(ProbeRange::problem))
            .rule("loss", v -> v.string("loss").filter(l -> l.trim().equalsIgnoreCase(GanObjectives.D2GAN)).isEmpty()
                    || v.integer("discriminators", DEFAULTS.discriminators) == 2 ? Optional.empty()
                    : Optional.of("d2gan needs discriminators 2, got " + v.integer("discriminators", DEFAULTS.discriminators)))
            .rule("batch", v -> v.integer("batch", 0) % v.integer("pack", 1) == 0 ? Optional.empty()
                    : Optional.of("must be a multiple of pack (" + v.asMap().get("pack") + "), got " + v.asMap().get("batch")));

    /** Checks the values. */
    public GanSettings {
        if (batch % pack != 0) {
            throw new IllegalArgumentException("gan: batch must be a multiple of pack, got batch " + batch + ", pack " + pack);
        }
        GanObjectives.check(loss, combine);
        if (GanObjectives.D2GAN.equals(loss) && discriminators != 2) {
            throw new IllegalArgumentException("gan: loss d2gan needs discriminators 2, got " + discriminators);
        }
    }

    /** @return these settings overridden by {@code p} @throws IllegalArgumentException listing every parameter outside {@link #SCHEMA} */
    public GanSettings with(Parameters p) {
        SCHEMA.require(GanModels.TRAINER, p);
        return new GanSettings((int) p.integer("epochs", epochs), (int) p.integer("batch", batch), (int) p.integer("noise", noise),
                p.integers("generatorLayers", generatorLayers), p.integers("discriminatorLayers", discriminatorLayers),
                p.number("learningRate", learningRate), p.number("beta1", beta1), p.number("beta2", beta2),
                (int) p.integer("criticSteps", criticSteps), (int) p.integer("pack", pack),
                (int) p.integer("discriminators", discriminators), p.string("loss").map(l -> l.trim().toLowerCase(Locale.ROOT)).orElse(loss),
                p.string("combine").map(c -> c.trim().toLowerCase(Locale.ROOT)).orElse(combine),
                p.number("alpha", alpha), p.number("beta", beta), (int) p.integer("maxCount", maxCount), (int) p.integer("maxElements", maxElements),
                p.integer("seed", seed), p.number("temperature", temperature),
                p.number("gradientPenalty", gradientPenalty), sampling.with(p),
                p.string("probeOxidationStates").map(String::trim).orElse(probeOxidationStates), p.string("probeCondition").map(ProbeRange::parse).orElse(probeCondition));
    }
}
