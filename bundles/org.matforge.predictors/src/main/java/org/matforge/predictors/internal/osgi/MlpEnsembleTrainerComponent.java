package org.matforge.predictors.internal.osgi;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.predictors.internal.ensemble.EnsembleSettings;
import org.matforge.predictors.internal.ensemble.EnsembleTraining;
import org.matforge.predictors.internal.ensemble.MlpEnsemble;
import org.matforge.spi.backend.ComputeBackend;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.model.TrainerInfo;
import org.matforge.spi.task.TaskContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Trainer service {@code mlp-ensemble}: a deep ensemble of MLPs over any featurizer's output. */
@Component(service = PredictorTrainer.class)
@TrainerInfo(id = MlpEnsemble.TRAINER, name = "MLP deep ensemble", description = "Deep ensemble of multilayer perceptrons "
        + "(regression or 0/1 classification) with early stopping; each prediction carries a mean and a standard deviation.")
public final class MlpEnsembleTrainerComponent implements PredictorTrainer {
    /** @param backend the initialised ND4J backend; referenced so that no training starts before ND4J is ready */
    @Activate
    public MlpEnsembleTrainerComponent(@Reference ComputeBackend backend) {
    }

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
