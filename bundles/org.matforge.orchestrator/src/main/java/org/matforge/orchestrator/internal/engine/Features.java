package org.matforge.orchestrator.internal.engine;

import java.util.List;
import java.util.Map;

import org.matforge.api.data.FeatureMatrix;

/**
 * A feature-matrix artefact.
 *
 * @param data        the table it was computed from (row r of the matrix is row r of the table)
 * @param matrix      the features
 * @param featurizers featurizer ids, in column order
 * @param versions    featurizer id → version of the bundle that provided it
 */
public record Features(Dataset data, FeatureMatrix matrix, List<String> featurizers, Map<String, String> versions) {
}
