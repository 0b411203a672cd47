package org.matforge.spi.model;

import java.util.List;
import java.util.Map;

/**
 * What a saved model says about itself: enough to check that it fits the data it is given and to reproduce it.
 *
 * @param kind          {@code "predictor"} or {@code "generator"}
 * @param trainer       id of the trainer that made it, e.g. {@code "mlp-ensemble"}, {@code "gan"}, {@code "vae"}
 * @param id            the id the model is registered under ({@code matforge.id})
 * @param target        the predicted or conditioning property, empty when none
 * @param unit          unit of the target, empty when none or unknown
 * @param featurizers   featurizer ids whose concatenated output a predictor expects, in order; empty for generators
 * @param featurizerVersions featurizer id → version used at training time
 * @param fingerprint   SHA-256 (hex) of the training data (compositions and targets), for provenance
 * @param seed          the random seed of training
 * @param metrics       named figures measured at training time (e.g. validation MAE, share of valid samples)
 * @param curves        named training curves, one value per epoch (e.g. losses)
 * @param formatVersion version of the file format, for compatibility checks when loading
 */
public record ModelMetadata(String kind, String trainer, String id, String target, String unit, List<String> featurizers,
        Map<String, String> featurizerVersions, String fingerprint, long seed, Map<String, Double> metrics,
        Map<String, List<Double>> curves, int formatVersion) {
    /** Kind of a {@link TrainedPredictor}. */
    public static final String PREDICTOR = "predictor";
    /** Kind of a {@link TrainedGenerator}. */
    public static final String GENERATOR = "generator";

    /** Copies the collections and checks the kind. */
    public ModelMetadata {
        if (!PREDICTOR.equals(kind) && !GENERATOR.equals(kind)) {
            throw new IllegalArgumentException("model kind must be 'predictor' or 'generator', got '" + kind + "'");
        }
        target = target == null ? "" : target;
        unit = unit == null ? "" : unit;
        featurizers = List.copyOf(featurizers);
        featurizerVersions = Map.copyOf(featurizerVersions);
        metrics = Map.copyOf(metrics);
        curves = Map.copyOf(curves);
    }
}
