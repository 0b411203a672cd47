package org.matforge.models.internal.vae;

import java.util.Set;

import org.matforge.api.data.Parameters;
import org.matforge.commons.nn.ParameterCheck;
import org.matforge.models.internal.codec.SamplingSettings;

/**
 * Options of (conditional) VAE training; every one can be given as a trainer parameter of the same name.
 *
 * @param epochs       passes over the training compositions
 * @param batch        rows per step
 * @param latent       latent width
 * @param layers       hidden widths of the encoder (the decoder mirrors them)
 * @param learningRate Adam learning rate
 * @param beta         weight of the KL term (reached linearly over the first {@code warmup} epochs)
 * @param warmup       KL warm-up epochs
 * @param freeBits     KL floor per latent dimension (nats) below which the KL term does not pull that dimension
 * @param maxCount     largest atom count per element per formula unit
 * @param maxElements  largest number of elements per composition
 * @param seed         seed of initialisation, shuffling and noise
 * @param sampling     how the trained model draws (stored in its file)
 */
public record VaeSettings(int epochs, int batch, int latent, int[] layers, double learningRate, double beta, int warmup,
        double freeBits, int maxCount, int maxElements, long seed, SamplingSettings sampling) {

    /** Defaults, justified in docs/models.md. */
    public static final VaeSettings DEFAULTS = new VaeSettings(40, 64, 32, new int[] {512, 256}, 1e-3, 1.0, 10, 0.25, 8, 6, 42,
            new SamplingSettings(1, 1.2, 0.5));

    private static final Set<String> KEYS = Set.of("epochs", "batch", "latent", "layers", "learningRate", "beta", "warmup",
            "freeBits", "maxCount", "maxElements", "seed", "latentScale", "presenceTemperature",
            "countTemperature");

    /** Checks the values. */
    public VaeSettings {
        if (epochs < 1 || batch < 1 || latent < 1 || beta < 0 || warmup < 0 || freeBits < 0 || maxCount < 1 || maxElements < 1) {
            throw new IllegalArgumentException("vae: epochs, batch, latent, maxCount, maxElements ≥ 1 and beta, warmup, freeBits ≥ 0 required");
        }
    }

    /** @return these settings overridden by {@code p}; unknown keys are errors */
    public VaeSettings with(Parameters p) {
        ParameterCheck.known(p, KEYS, VaeModels.TRAINER);
        return new VaeSettings((int) p.integer("epochs", epochs), (int) p.integer("batch", batch), (int) p.integer("latent", latent),
                ParameterCheck.layers(p, "layers", layers), p.number("learningRate", learningRate), p.number("beta", beta),
                (int) p.integer("warmup", warmup), p.number("freeBits", freeBits), (int) p.integer("maxCount", maxCount), (int) p.integer("maxElements", maxElements),
                p.integer("seed", seed), sampling.with(p));
    }
}
