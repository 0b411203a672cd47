package org.matforge.featurizers.lib;

import java.util.List;

import org.matforge.spi.featurizer.Featurizer;

/**
 * Base of the featurizers here: fixed labels. The batch path is {@link Featurizer#featurizeAll}'s, the one every
 * featurizer shares.
 */
abstract class LabelledFeaturizer implements Featurizer {
    private final List<String> labels;

    /** @param labels the feature labels, copied */
    LabelledFeaturizer(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    @Override
    public final List<String> labels() {
        return labels;
    }
}
