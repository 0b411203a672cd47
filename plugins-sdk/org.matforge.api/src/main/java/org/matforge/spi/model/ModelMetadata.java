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
 * @param card          the model card: what a user of a shipped model should know, as text by key — the well-known keys
 *                      {@link #CARD_NAME}, {@link #CARD_DESCRIPTION}, {@link #CARD_DATA}, {@link #CARD_LICENCE},
 *                      {@link #CARD_AUTHORS}, {@link #CARD_INTENDED_USE}, {@link #CARD_LIMITATIONS} and any others; the
 *                      figures are in {@code metrics}. Empty when the model has none (models as trained). Since 1.2.
 */
public record ModelMetadata(String kind, String trainer, String id, String target, String unit, List<String> featurizers,
        Map<String, String> featurizerVersions, String fingerprint, long seed, Map<String, Double> metrics,
        Map<String, List<Double>> curves, int formatVersion, Map<String, String> card) {
    /** Kind of a {@link TrainedPredictor}. */
    public static final String PREDICTOR = "predictor";
    /** Kind of a {@link TrainedGenerator}. */
    public static final String GENERATOR = "generator";
    /** Model card key: a human-readable name of the model. Since 1.2. */
    public static final String CARD_NAME = "name";
    /** Model card key: what the model does, in a sentence or two. Since 1.2. */
    public static final String CARD_DESCRIPTION = "description";
    /** Model card key: the training data — source, size, licence, how it was split. Since 1.2. */
    public static final String CARD_DATA = "data";
    /** Model card key: the licence of the model file, e.g. an SPDX id such as {@code CC-BY-4.0}. Since 1.2. */
    public static final String CARD_LICENCE = "licence";
    /** Model card key: who made it and whom to contact. Since 1.2. */
    public static final String CARD_AUTHORS = "authors";
    /** Model card key: what it is meant for. Since 1.2. */
    public static final String CARD_INTENDED_USE = "intended_use";
    /** Model card key: where it should not be trusted. Since 1.2. */
    public static final String CARD_LIMITATIONS = "limitations";

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
        card = card == null ? Map.of() : Map.copyOf(card);
    }

    /** Metadata without a model card, as trainers write it (the constructor of version 1.1). */
    public ModelMetadata(String kind, String trainer, String id, String target, String unit, List<String> featurizers,
            Map<String, String> featurizerVersions, String fingerprint, long seed, Map<String, Double> metrics,
            Map<String, List<Double>> curves, int formatVersion) {
        this(kind, trainer, id, target, unit, featurizers, featurizerVersions, fingerprint, seed, metrics, curves, formatVersion, Map.of());
    }

    /** @return this metadata with another id and model card (e.g. a vendor naming and describing a trained model). Since 1.2. */
    public ModelMetadata withCard(String newId, Map<String, String> newCard) {
        return new ModelMetadata(kind, trainer, newId, target, unit, featurizers, featurizerVersions, fingerprint, seed, metrics, curves,
                formatVersion, newCard);
    }
}
