package org.matforge.spi.model;

import java.util.List;
import java.util.Map;

/**
 * What a predictor is trained for, beyond the numbers: the target and where its features came from, recorded in
 * the model's metadata so that a loaded model can be fed the same features.
 *
 * @param id                 the id the trained model will be registered under
 * @param target             the property, e.g. {@code "band_gap"}
 * @param unit               its unit, e.g. {@code "eV"}, or empty
 * @param classification     true for a 0/1 target (the model predicts the probability of 1)
 * @param featurizers        featurizer ids whose concatenated output forms the feature matrix, in order
 * @param featurizerVersions featurizer id → version
 */
public record PredictionTask(String id, String target, String unit, boolean classification, List<String> featurizers,
        Map<String, String> featurizerVersions) {
    /** Copies the collections and checks the names. */
    public PredictionTask {
        if (id == null || id.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a prediction task needs an id and a target");
        }
        unit = unit == null ? "" : unit;
        featurizers = List.copyOf(featurizers);
        featurizerVersions = Map.copyOf(featurizerVersions);
    }
}
