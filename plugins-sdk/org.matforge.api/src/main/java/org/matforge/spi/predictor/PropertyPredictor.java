package org.matforge.spi.predictor;

import java.util.List;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A trained surrogate that predicts one property from features, with uncertainty. Register an implementation as
 * a service annotated with {@link PredictorInfo}. The caller featurizes with the featurizers the predictor names.
 */
@ConsumerType
public interface PropertyPredictor {
    /** @return the predicted property, e.g. {@code "band_gap"} */
    String target();

    /** @return ids of the featurizers whose concatenated output the predictor expects, in order */
    List<String> featurizers();

    /** @return the feature labels expected, in column order */
    List<String> featureLabels();

    /**
     * @param features rows to predict; columns must equal {@link #featureLabels()}
     * @param context  progress and cancellation
     * @return one prediction per row
     * @throws IllegalArgumentException when the columns do not match
     */
    Prediction[] predict(FeatureMatrix features, TaskContext context);
}
