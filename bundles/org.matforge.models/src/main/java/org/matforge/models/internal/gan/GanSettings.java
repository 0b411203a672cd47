package org.matforge.models.internal.gan;

import java.util.Set;

import org.matforge.api.data.Parameters;
import org.matforge.commons.nn.ParameterCheck;
import org.matforge.models.internal.codec.SamplingSettings;

/**
 * Options of GAN training; every one can be given as a trainer parameter of the same name.
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
 * @param discriminators       1, or 2 for the dual-discriminator GAN (D2GAN)
 * @param loss                 the adversarial objective: {@code standard} (non-saturating) or {@code wgan-gp}; see {@link GanObjectives}
 * @param alpha                D2GAN weight α of D1's reward for real samples
 * @param beta                 D2GAN weight β of D2's reward for generated samples
 * @param maxCount             largest atom count per element per formula unit
 * @param maxElements          largest number of elements per composition
 * @param seed                 seed of initialisation, shuffling and noise
 * @param temperature          temperature of the straight-through Gumbel-softmax relaxation
 * @param gradientPenalty      WGAN-GP penalty weight λ (used by {@code loss=wgan-gp} only)
 * @param sampling             how the trained generator draws (parameters {@code latentScale}, {@code presenceTemperature},
 *                             {@code countTemperature}); also used by the per-epoch probe
 */
public record GanSettings(int epochs, int batch, int noise, int[] generatorLayers, int[] discriminatorLayers,
        double learningRate, double beta1, double beta2, int criticSteps, int pack, int discriminators, String loss,
        double alpha, double beta, int maxCount, int maxElements, long seed, double temperature, double gradientPenalty,
        SamplingSettings sampling) {

    /** Defaults, justified in docs/models.md. */
    public static final GanSettings DEFAULTS = new GanSettings(40, 64, 128, new int[] {256, 512}, new int[] {512, 256},
            2e-4, 0.5, 0.999, 1, 4, 1, GanObjectives.STANDARD, 0.2, 0.1, 8, 6, 42, 1.0, 10.0, new SamplingSettings(1, 1.2, 0.5));

    private static final Set<String> KEYS = Set.of("epochs", "batch", "noise", "generatorLayers", "discriminatorLayers",
            "learningRate", "beta1", "beta2", "criticSteps", "pack", "discriminators", "loss", "alpha", "beta", "maxCount", "maxElements", "seed",
            "temperature", "gradientPenalty", "latentScale", "presenceTemperature", "countTemperature");

    /** Checks the values. */
    public GanSettings {
        if (epochs < 1 || batch < 2 || noise < 1 || pack < 1 || batch % pack != 0) {
            throw new IllegalArgumentException("gan: epochs ≥ 1, batch ≥ 2 and a multiple of pack, noise ≥ 1 required; got epochs "
                    + epochs + ", batch " + batch + ", pack " + pack + ", noise " + noise);
        }
        if (criticSteps < 1 || !(beta1 >= 0 && beta1 < 1) || !(beta2 > 0 && beta2 < 1)) {
            throw new IllegalArgumentException("gan: criticSteps ≥ 1, 0 ≤ beta1 < 1 and 0 < beta2 < 1 required; got " + criticSteps
                    + ", " + beta1 + ", " + beta2);
        }
        if (discriminators != 1 && discriminators != 2) {
            throw new IllegalArgumentException("gan: discriminators must be 1 or 2 (D2GAN), got " + discriminators);
        }
        if (!(learningRate > 0) || !(temperature > 0) || maxCount < 1 || maxElements < 1 || !(gradientPenalty >= 0)) {
            throw new IllegalArgumentException("gan: learningRate, temperature > 0, gradientPenalty ≥ 0 and maxCount, maxElements ≥ 1 required");
        }
        GanObjectives.check(loss);
    }

    /** @return these settings overridden by {@code p}; unknown keys are errors */
    public GanSettings with(Parameters p) {
        ParameterCheck.known(p, KEYS, GanModels.TRAINER);
        return new GanSettings((int) p.integer("epochs", epochs), (int) p.integer("batch", batch), (int) p.integer("noise", noise),
                ParameterCheck.layers(p, "generatorLayers", generatorLayers), ParameterCheck.layers(p, "discriminatorLayers", discriminatorLayers),
                p.number("learningRate", learningRate), p.number("beta1", beta1), p.number("beta2", beta2),
                (int) p.integer("criticSteps", criticSteps), (int) p.integer("pack", pack),
                (int) p.integer("discriminators", discriminators), p.string("loss").orElse(loss), p.number("alpha", alpha),
                p.number("beta", beta), (int) p.integer("maxCount", maxCount), (int) p.integer("maxElements", maxElements),
                p.integer("seed", seed), p.number("temperature", temperature),
                p.number("gradientPenalty", gradientPenalty), sampling.with(p));
    }
}
