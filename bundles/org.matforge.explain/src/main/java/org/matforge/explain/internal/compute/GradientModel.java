package org.matforge.explain.internal.compute;

import org.matforge.api.data.FeatureMatrix;

/** A model whose predicted mean has input gradients. */
@FunctionalInterface
public interface GradientModel {
    /**
     * @param rows feature rows
     * @return per row, the gradient of the predicted mean with respect to each feature (same shape as rows)
     */
    FeatureMatrix gradients(FeatureMatrix rows);
}
