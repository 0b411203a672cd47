package org.matforge.explain.internal.compute;

import org.matforge.api.data.FeatureMatrix;

/** A model seen as a batch function from feature rows to predicted means. */
@FunctionalInterface
public interface MeanModel {
    /**
     * @param rows feature rows
     * @return the predicted mean per row
     */
    double[] means(FeatureMatrix rows);
}
