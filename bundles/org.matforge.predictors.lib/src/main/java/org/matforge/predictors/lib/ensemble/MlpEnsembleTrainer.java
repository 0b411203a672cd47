package org.matforge.predictors.lib.ensemble;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.task.TaskContext;

/** The {@code mlp-ensemble} trainer as plain Java: {@link EnsembleTraining#train} with {@link EnsembleSettings}. */
public final class MlpEnsembleTrainer implements PredictorTrainer {
    @Override
    public TrainedPredictor train(FeatureMatrix features, double[] targets, PredictionTask task, Parameters parameters,
            TaskContext context) {
        return EnsembleTraining.train(features, targets, task, EnsembleSettings.DEFAULTS.with(parameters), context);
    }

    @Override
    public ParameterSchema parameters() {
        return EnsembleSettings.SCHEMA;
    }
}
