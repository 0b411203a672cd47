package org.matforge.models.internal.vae;

/**
 * How a trained VAE draws: z ~ N(0, latentScale² I), then each element's count from softmax(logits / countTemperature).
 * (1, 1) samples the model as trained; a wider latent draw reaches further from the training compositions (more
 * novel, less often valid), a colder count draw keeps closer to each z's most likely composition (more often valid,
 * less diverse). Stored in the model file, so a vendor can ship the trade-off they measured.
 *
 * @param latentScale      standard deviation of the latent prior draws, &gt; 0
 * @param countTemperature temperature of the per-element count draws, &gt; 0
 */
public record VaeSampling(double latentScale, double countTemperature) {
    /** Sampling the model as trained. */
    public static final VaeSampling AS_TRAINED = new VaeSampling(1, 1);

    /** Checks the values. */
    public VaeSampling {
        if (!(latentScale > 0 && latentScale <= 10) || !(countTemperature > 0 && countTemperature <= 10)) {
            throw new IllegalArgumentException("vae sampling: latentScale and countTemperature must be in (0, 10], got "
                    + latentScale + " and " + countTemperature);
        }
    }
}
