package org.matforge.orchestrator.internal.engine.artefacts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.orchestrator.internal.workflow.ArtefactType;

/**
 * A feature-matrix artefact.
 *
 * @param data        the table it was computed from (row r of the matrix is row r of the table)
 * @param matrix      the features
 * @param featurizers featurizer ids, in column order
 * @param versions    featurizer id → version of the bundle that provided it
 */
public record Features(Dataset data, FeatureMatrix matrix, List<String> featurizers, Map<String, String> versions) implements Artefact {
    @Override
    public ArtefactType type() {
        return ArtefactType.FEATURES;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%,d × %,d feature matrix", matrix.rowCount(), matrix.columnCount());
    }

}
