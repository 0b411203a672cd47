package org.matforge.orchestrator.internal.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of workflow step, each with the artefact it produces and a weight for overall progress. */
public enum StepType {
    /** Load a table from a data source plug-in. */
    LOAD("load", ArtefactType.TABLE, 1),
    /** Parse formulas, drop bad rows, merge duplicates by reduced formula. */
    CLEAN("clean", ArtefactType.TABLE, 1),
    /** Featurize a table's compositions with one or several featurizers (columns concatenated). */
    FEATURIZE("featurize", ArtefactType.FEATURES, 2),
    /** Train a predictor plug-in on a feature matrix, keeping a held-out share for the parity plot. */
    TRAIN_PREDICTOR("train-predictor", ArtefactType.PREDICTOR, 10),
    /** Use an installed predictor plug-in (registered by a bundle, e.g. a model bundle). */
    LOAD_PREDICTOR("load-predictor", ArtefactType.PREDICTOR, 1),
    /** Train a generative model, optionally conditioned on a property column. */
    TRAIN_GENERATOR("train-generator", ArtefactType.GENERATOR, 10),
    /** Use an installed generator plug-in (registered by a bundle, e.g. a model bundle). */
    LOAD_GENERATOR("load-generator", ArtefactType.GENERATOR, 1),
    /** Sample candidates from a generator. */
    SAMPLE("sample", ArtefactType.CANDIDATES, 2),
    /** Apply screens in order, keeping candidates that pass (and, per screen, those left undecided). */
    SCREEN("screen", ArtefactType.CANDIDATES, 2),
    /** Predict properties of candidates with one or more predictors. */
    PREDICT("predict", ArtefactType.CANDIDATES, 2),
    /** Rank candidates by objectives: Pareto rank, then the first objective. */
    RANK("rank", ArtefactType.CANDIDATES, 1),
    /** Explain a predictor's predictions for the top candidates (and, optionally, its global feature importance). */
    EXPLAIN("explain", ArtefactType.EXPLANATIONS, 3),
    /** Write candidates.csv and report.html. */
    REPORT("report", ArtefactType.REPORT, 1);

    private final String id;
    private final ArtefactType output;
    private final int weight;

    StepType(String id, ArtefactType output, int weight) {
        this.id = id;
        this.output = output;
        this.weight = weight;
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
