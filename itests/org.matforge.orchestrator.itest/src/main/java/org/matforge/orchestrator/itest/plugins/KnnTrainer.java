package org.matforge.orchestrator.itest.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.model.TrainerInfo;
import org.matforge.spi.task.TaskContext;
import org.osgi.service.component.annotations.Component;

/** Test predictor trainer: k-nearest neighbours on standardised features; options {@code k}, {@code seed}. */
@Component
@TrainerInfo(id = KnnModel.TRAINER, name = "k nearest neighbours", description = "small real regression model for the orchestrator tests")
public class KnnTrainer implements PredictorTrainer {
    private static final Set<String> OPTIONS = Set.of("k", "seed");

    @Override
    public TrainedPredictor train(FeatureMatrix features, double[] targets, PredictionTask task, Parameters parameters, TaskContext context) {
        for (String key : parameters.asMap().keySet()) {
            if (!OPTIONS.contains(key)) {
                throw new IllegalArgumentException("knn: unknown option '" + key + "'; options are " + OPTIONS);
            }
        }
        int k = (int) parameters.integer("k", 5);
        if (k < 1 || k > targets.length) {
            throw new IllegalArgumentException("knn: option 'k' must be in [1, " + targets.length + "], got " + k);
        }
        KnnModel model = KnnModel.fit(features, targets, k, task, parameters.integer("seed", 0));
        List<Double> curve = new ArrayList<>();
        for (int kk = 1; kk <= 10; kk++) {
            context.checkCancelled();
            curve.add(model.leaveOneOutMae(kk, 150));
            context.progress(kk / 10.0, "leave-one-out MAE for k = " + kk);
        }
        return model.withCurves(Map.of("leave-one-out MAE by k", curve));
    }
}
