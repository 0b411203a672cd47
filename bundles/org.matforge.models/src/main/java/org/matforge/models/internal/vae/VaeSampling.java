package org.matforge.models.internal.vae;

/**
 * How a trained VAE draws: z ~ N(0, latentScale² I), then per element whether it is present at
 * {@code presenceTemperature} and, if so, its count at {@code countTemperature}
 * ({@link org.matforge.models.internal.codec.TemperedDraw}). (1, 1, 1) samples the model as trained. Stored in the
 * model file, so a vendor ships the trade-off they measured.
 *
 * @param latentScale         standard deviation of the latent prior draws
 * @param presenceTemperature temperature of each element's present/absent draw
 * @param countTemperature    temperature of a present element's atom-count draw
 */
public record VaeSampling(double latentScale, double presenceTemperature, double countTemperature) {
    /** Sampling the model as trained. */
    public static final VaeSampling AS_TRAINED = new VaeSampling(1, 1, 1);

    /** Checks that every value is in (0, 10]. */
    public VaeSampling {
        for (double v : new double[] {latentScale, presenceTemperature, countTemperature}) {
            if (!(v > 0 && v <= 10)) {
                throw new IllegalArgumentException("vae sampling: latentScale, presenceTemperature and countTemperature must be "
                        + "in (0, 10], got " + latentScale + ", " + presenceTemperature + ", " + countTemperature);
            }
        }
    }
}
