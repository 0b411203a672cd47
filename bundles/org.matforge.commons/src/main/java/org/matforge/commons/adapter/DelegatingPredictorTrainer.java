package org.matforge.commons.adapter;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.task.TaskContext;

/** Base of the DS components of predictor trainers: a thin adapter that forwards to a plain-Java trainer. */
public abstract class DelegatingPredictorTrainer implements PredictorTrainer {
    private final PredictorTrainer delegate;

    protected DelegatingPredictorTrainer(PredictorTrainer delegate) {
        this.delegate = delegate;
    }

    @Override
    public final TrainedPredictor train(FeatureMatrix features, double[] targets, PredictionTask task, Parameters parameters,
            TaskContext context) {
        return delegate.train(features, targets, task, parameters, context);
    }

    @Override
    public final ParameterSchema parameters() {
        return delegate.parameters();
    }
}
