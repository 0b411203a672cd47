package org.matforge.orchestrator.internal.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of workflow step, each with the artefact it produces, a weight for overall progress and what it does. */
public enum StepType {
    LOAD("load", ArtefactType.TABLE, 1, "Load a table from a data source plug-in."),
    CLEAN("clean", ArtefactType.TABLE, 1, "Parse formulas, drop bad rows, merge duplicates by reduced formula."),
    FEATURIZE("featurize", ArtefactType.FEATURES, 2, "Featurize a table's compositions with one or several featurizers (columns concatenated)."),
    TRAIN_PREDICTOR("train-predictor", ArtefactType.PREDICTOR, 10, "Train a predictor plug-in on a feature matrix, keeping a held-out share for the parity plot."),
    LOAD_PREDICTOR("load-predictor", ArtefactType.PREDICTOR, 1, "Use an installed predictor plug-in (registered by a bundle, e.g. a model bundle) or a predictor's model file."),
    TRAIN_GENERATOR("train-generator", ArtefactType.GENERATOR, 10, "Train a generative model, optionally conditioned on a property column."),
    LOAD_GENERATOR("load-generator", ArtefactType.GENERATOR, 1, "Use an installed generator plug-in (registered by a bundle, e.g. a model bundle) or a generator's model file."),
    SAMPLE("sample", ArtefactType.CANDIDATES, 2, "Sample candidates from a generator."),
    SCREEN("screen", ArtefactType.CANDIDATES, 2, "Apply screens in order, keeping candidates that pass (and, per screen, those left undecided)."),
    PREDICT("predict", ArtefactType.CANDIDATES, 2, "Predict properties of candidates, or of a table's formulas, with one or more predictors."),
    RANK("rank", ArtefactType.CANDIDATES, 1, "Rank candidates by objectives: Pareto rank, then the first objective."),
    EXPLAIN("explain", ArtefactType.EXPLANATIONS, 3, "Explain a predictor's predictions for the top candidates (and, optionally, its global feature importance)."),
    OPTIMISE("optimise", ArtefactType.CAMPAIGN, 5, "Run a simulated design-optimisation campaign: an optimizer plug-in chooses batches of experiments from a measured pool whose values are then revealed."),
    REPORT("report", ArtefactType.REPORT, 1, "Write candidates.csv and report.html.");

    private final String id;
    private final ArtefactType output;
    private final int weight;
    private final String description;

    StepType(String id, ArtefactType output, int weight, String description) {
        this.id = id;
        this.output = output;
        this.weight = weight;
        this.description = description;
    }

    /** @return what a step of this type does, one sentence */
    public String description() {
        return description;
    }

    /** @return the name used in workflow documents */
    public String id() {
        return id;
    }

    /** @return the type of artefact the step produces */
    public ArtefactType output() {
        return output;
    }

    /** @return relative share of the run's progress */
    public int weight() {
        return weight;
    }

    /** @return the type named {@code id} */
    public static Optional<StepType> ofId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** @return all ids, in document order of a typical workflow */
    public static List<String> ids() {
        return Arrays.stream(values()).map(StepType::id).toList();
    }
}
