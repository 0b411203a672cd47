package org.matforge.featurizers.internal.compute;

import java.util.function.Function;

import org.matforge.spi.featurizer.Featurizer;

/**
 * The composite featurizer lives in {@link org.matforge.commons.features.CompositeFeaturizer}; this forwarder only keeps
 * the predictors' tests compiling until they import it from there. Delete it then.
 */
@Deprecated(forRemoval = true)
public final class CompositeFeaturizer {
    private CompositeFeaturizer() {
    }

    /** @see org.matforge.commons.features.CompositeFeaturizer#of(String, Function) */
    public static org.matforge.commons.features.CompositeFeaturizer of(String ids, Function<String, Featurizer> lookup) {
        return org.matforge.commons.features.CompositeFeaturizer.of(ids, lookup);
    }
}
