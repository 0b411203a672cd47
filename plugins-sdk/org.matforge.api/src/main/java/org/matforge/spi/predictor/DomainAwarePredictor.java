package org.matforge.spi.predictor;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A predictor that knows its applicability domain: how far an input lies from the data it was trained on, and the
 * distance beyond which its predictions are extrapolations. The workflow's predict step flags such candidates.
 * Since 1.3.
 */
@ConsumerType
public interface DomainAwarePredictor extends PropertyPredictor {
    /**
     * @param features rows; columns must equal {@link #featureLabels()}
     * @param context  progress and cancellation
     * @return per row, its distance from the training data in the measure of {@link #domainDescription()}
     */
    double[] domainDistances(FeatureMatrix features, TaskContext context);

    /** @return the distance beyond which a row is outside the applicability domain; NaN when the model has no domain */
    double domainThreshold();

    /** @return how distance and threshold are defined, in words, for reports */
    String domainDescription();
}
