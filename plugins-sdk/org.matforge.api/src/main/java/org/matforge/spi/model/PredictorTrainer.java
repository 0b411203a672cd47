package org.matforge.spi.model;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Trains property predictors from a feature matrix and targets (e.g. {@code "mlp-ensemble"}). Register an
 * implementation as a service annotated with {@link TrainerInfo}.
 */
@ConsumerType
public interface PredictorTrainer {
    /**
     * @param features   one row per training example; NaN where a feature is undefined
     * @param targets    one value per row (0/1 for classification)
     * @param task       target, featurizers and the id of the resulting model
     * @param parameters trainer options (e.g. {@code members}, {@code epochs}, {@code seed}); unknown keys are errors
     * @param context    progress and cancellation
     * @return the trained predictor
     * @throws IllegalArgumentException when rows and targets disagree or an option is wrong
     */
    TrainedPredictor train(FeatureMatrix features, double[] targets, PredictionTask task, Parameters parameters,
            TaskContext context);

    /**
     * @return the parameters this plug-in reads, with their types, defaults and ranges, so that a workflow or command
     *         is checked before anything runs; {@link ParameterSchema#UNDECLARED} (the default) when it checks them itself
     */
    default ParameterSchema parameters() {
        return ParameterSchema.UNDECLARED;
    }
}
