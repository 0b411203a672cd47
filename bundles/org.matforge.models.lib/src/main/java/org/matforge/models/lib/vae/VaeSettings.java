package org.matforge.models.lib.vae;

import static org.matforge.api.data.ParameterSpec.integer;
import static org.matforge.api.data.ParameterSpec.integers;
import static org.matforge.api.data.ParameterSpec.number;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.models.lib.codec.SamplingSettings;

/**
 * Options of (conditional) VAE training; every one can be given as a trainer parameter of the same name, declared with
 * its range in {@link #SCHEMA}.
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

    /** The trainer parameters: names, defaults (those of {@link #DEFAULTS}) and ranges. */
    public static final ParameterSchema SCHEMA = ParameterSchema.of(
            integer("epochs", DEFAULTS.epochs, 1, 100_000, "passes over the training compositions"),
            integer("batch", DEFAULTS.batch, 1, 65_536, "rows per step"),
            integer("latent", DEFAULTS.latent, 1, 4096, "latent width"),
            integers("layers", DEFAULTS.layers, 1, 4096, "hidden widths of the encoder (the decoder mirrors them)"),
            number("learningRate", DEFAULTS.learningRate, 0, 1, "Adam learning rate").aboveMin(),
            number("beta", DEFAULTS.beta, 0, 100, "weight of the KL term, reached linearly over the first `warmup` epochs"),
            integer("warmup", DEFAULTS.warmup, 0, 100_000, "KL warm-up epochs (should be below `epochs`)"),
            number("freeBits", DEFAULTS.freeBits, 0, 100, "KL floor per latent dimension (nats)"),
            integer("maxCount", DEFAULTS.maxCount, 1, 100, "largest atom count per element per formula unit"),
            integer("maxElements", DEFAULTS.maxElements, 1, 20, "largest number of elements per composition"),
            integer("seed", DEFAULTS.seed, Long.MIN_VALUE, Long.MAX_VALUE, "seed of initialisation, shuffling and noise (a workflow passes its step's seed)"))
            .plus(DEFAULTS.sampling.parameters());

    /** @return these settings overridden by {@code p} @throws IllegalArgumentException listing every parameter outside {@link #SCHEMA} */
    public VaeSettings with(Parameters p) {
        SCHEMA.require(VaeModels.TRAINER, p);
        return new VaeSettings((int) p.integer("epochs", epochs), (int) p.integer("batch", batch), (int) p.integer("latent", latent),
                p.integers("layers", layers), p.number("learningRate", learningRate), p.number("beta", beta),
                (int) p.integer("warmup", warmup), p.number("freeBits", freeBits), (int) p.integer("maxCount", maxCount), (int) p.integer("maxElements", maxElements),
                p.integer("seed", seed), sampling.with(p));
    }
}
