package org.matforge.models.lib.codec;

import static org.matforge.api.data.ParameterSpec.number;

import org.matforge.api.data.ParameterSpec;
import org.matforge.api.data.Parameters;

/**
 * How a trained generator draws: its latent (the VAE's z, the GAN's noise) ~ N(0, latentScale² I), then per element
 * whether it is present at {@code presenceTemperature} and, if so, its count at {@code countTemperature}
 * ({@link TemperedDraw}). (1, 1, 1) samples the model as trained. Stored in the model file, so a vendor ships the
 * trade-off they measured.
 *
 * @param latentScale         standard deviation of the latent draws
 * @param presenceTemperature temperature of each element's present/absent draw
 * @param countTemperature    temperature of a present element's atom-count draw
 */
public record SamplingSettings(double latentScale, double presenceTemperature, double countTemperature) {
    /** Sampling the model as trained. */
    public static final SamplingSettings AS_TRAINED = new SamplingSettings(1, 1, 1);

    /** Largest value of each setting. */
    private static final double MAX = 10;

    /** Checks that every value is in (0, {@value #MAX}] (a model file's settings are not checked by a schema). */
    public SamplingSettings {
        for (double v : new double[] {latentScale, presenceTemperature, countTemperature}) {
            if (!(v > 0 && v <= MAX)) {
                throw new IllegalArgumentException("sampling: latentScale, presenceTemperature and countTemperature must be "
                        + "in (0, 10], got " + latentScale + ", " + presenceTemperature + ", " + countTemperature);
            }
        }
    }

    /** @return the trainer parameters {@code latentScale}, {@code presenceTemperature}, {@code countTemperature} with these as defaults */
    public ParameterSpec[] parameters() {
        return new ParameterSpec[] {
            number("latentScale", latentScale, 0, MAX, "standard deviation of the latent draws when sampling").aboveMin(),
            number("presenceTemperature", presenceTemperature, 0, MAX, "temperature of each element's present/absent draw").aboveMin(),
            number("countTemperature", countTemperature, 0, MAX, "temperature of a present element's atom-count draw").aboveMin()};
    }

    /** @return these settings overridden by the trainer parameters {@code latentScale}, {@code presenceTemperature}, {@code countTemperature} */
    public SamplingSettings with(Parameters p) {
        return new SamplingSettings(p.number("latentScale", latentScale), p.number("presenceTemperature", presenceTemperature),
                p.number("countTemperature", countTemperature));
    }

    /** @return the settings as stored in a model file's JSON */
    public Stored stored() {
        return new Stored(latentScale, presenceTemperature, countTemperature);
    }

    /** The JSON form; a value the file does not name (an older writer) samples as trained. */
    public record Stored(Double latentScale, Double presenceTemperature, Double countTemperature) {
        /**
         * @param stored the stored form, null when the file has none
         * @return the settings
         * @throws IllegalArgumentException when a stored value is out of range
         */
        public static SamplingSettings settings(Stored stored) {
            if (stored == null) {
                return AS_TRAINED;
            }
            return new SamplingSettings(orOne(stored.latentScale), orOne(stored.presenceTemperature), orOne(stored.countTemperature));
        }

        private static double orOne(Double v) {
            return v == null ? 1 : v;
        }
    }
}
