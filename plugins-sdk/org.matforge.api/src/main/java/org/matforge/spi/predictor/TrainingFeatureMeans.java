package org.matforge.spi.predictor;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A predictor that knows the mean of each input feature over the rows it was trained on (kept in its model file):
 * the default baseline of explanations, so that one row is explained against the training data rather than itself.
 * Since 1.4.
 */
@ConsumerType
public interface TrainingFeatureMeans extends PropertyPredictor {
    /** @return per feature, in {@link #featureLabels()} order, its mean over the training rows (a copy) */
    double[] trainingFeatureMeans();
}
