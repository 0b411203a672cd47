package org.matforge.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.model.file.ModelFileException;

/**
 * What the executors need to screen: the settings, the model files' bytes, the known formulas and the known phases. Sent once per
 * executor as a broadcast; {@link ExecutorState} loads the models from it once per executor JVM.
 *
 * @param settings   the screens and windows
 * @param modelNames how to name each model file in messages (its path as given)
 * @param modelFiles the model files' bytes, in order
 * @param known      known formulas for the novelty screen (empty: none)
 * @param origins    where each known formula is from, named in novelty reasons (parallel to {@code known})
 * @param phases     the known phases of the stability screen, or null when the settings have none
 */
public record ScreenJob(ScreenSettings settings, List<String> modelNames, List<byte[]> modelFiles, List<String> known, List<String> origins,
        HullPhases phases)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the lists. */
    public ScreenJob {
        modelNames = List.copyOf(modelNames);
        modelFiles = List.copyOf(modelFiles);
        known = List.copyOf(known);
        origins = List.copyOf(origins);
        if (known.size() != origins.size()) {
            throw new IllegalArgumentException(known.size() + " known formulas for " + origins.size() + " origins");
        }
        if (modelNames.size() != modelFiles.size()) {
            throw new IllegalArgumentException(modelNames.size() + " model names for " + modelFiles.size() + " files");
        }
        if ((settings.stability() == null) != (phases == null)) {
            throw new IllegalArgumentException("the stability screen needs its known phases (--hull), and they need the screen");
        }
    }

    /**
     * @return the screening, with the models loaded
     * @throws ModelFileException      naming a file that is unreadable or not a predictor
     * @throws IllegalArgumentException naming a known phase that is not a formula
     */
    public Screening load() throws ModelFileException {
        List<TrainedPredictor> predictors = new ArrayList<>();
        for (int i = 0; i < modelFiles.size(); i++) {
            predictors.add(Models.load(modelNames.get(i), modelFiles.get(i), TrainedPredictor.class));
        }
        return new Screening(settings, predictors, known, origins, phases == null ? null : settings.stability().screening(phases.hull()));
    }
}
