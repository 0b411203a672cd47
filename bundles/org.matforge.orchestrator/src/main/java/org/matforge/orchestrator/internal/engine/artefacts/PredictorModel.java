package org.matforge.orchestrator.internal.engine.artefacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.matforge.orchestrator.internal.workflow.ArtefactType;
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
        Optional<Parity> parity, Optional<Features> training, List<Integer> trainRows, List<Integer> testRows) implements Artefact {
    @Override
    public ArtefactType type() {
        return ArtefactType.PREDICTOR;
    }

    @Override
    public String describe() {
        return parity().map(x -> String.format(Locale.ROOT, "predictor of %s, held-out MAE %.3g%s (R² %.3f)", target, x.mae(),
                unit.isEmpty() ? "" : " " + unit, x.r2())).orElse("predictor of " + target);
    }

    /** Copies the row lists. */
    public PredictorModel {
        trainRows = List.copyOf(trainRows);
        testRows = List.copyOf(testRows);
    }
}
