package org.matforge.orchestrator.internal.engine;

import java.util.List;
import java.util.Optional;

import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.predictor.PropertyPredictor;

/**
 * A predictor artefact, trained in the run or installed.
 *
 * @param name      the step that made it
 * @param predictor the predictor
 * @param target    the predicted property
 * @param unit      its unit, or empty
 * @param metadata  what the model says about itself, when it is a trained model
 * @param parity    held-out predictions, when trained in the run with a hold-out share
 * @param training  the features it was trained on, when trained in the run
 * @param trainRows the rows of {@code training} used for training (empty for an installed predictor)
 * @param testRows  the rows of {@code training} held out, in the order of {@code parity} (empty without a hold-out)
 */
public record PredictorModel(String name, PropertyPredictor predictor, String target, String unit, Optional<ModelMetadata> metadata,
        Optional<Parity> parity, Optional<Features> training, List<Integer> trainRows, List<Integer> testRows) {
    /** Copies the row lists. */
    public PredictorModel {
        trainRows = List.copyOf(trainRows);
        testRows = List.copyOf(testRows);
    }
}
