package org.matforge.spi.predictor;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A {@link PropertyPredictor} whose predicted mean is differentiable in its input features (e.g. a neural network),
 * so that attribution methods such as integrated gradients can use exact input gradients instead of sampling.
 * Register it like any predictor; callers test for this interface.
 */
@ConsumerType
public interface DifferentiablePredictor extends PropertyPredictor {
    /**
     * @param features rows at which to differentiate; columns must equal {@link #featureLabels()}
     * @param context  progress and cancellation
     * @return per row, the gradient of the predicted mean with respect to each raw (unscaled) feature, with the same
     *         labels and shape as {@code features}; where a feature is NaN (imputed), the gradient at the imputed value
     * @throws IllegalArgumentException when the columns do not match
     */
    FeatureMatrix gradients(FeatureMatrix features, TaskContext context);
}
