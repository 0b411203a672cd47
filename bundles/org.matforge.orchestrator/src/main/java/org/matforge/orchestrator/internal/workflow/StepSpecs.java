package org.matforge.orchestrator.internal.workflow;

import static org.matforge.orchestrator.internal.workflow.Field.choice;
import static org.matforge.orchestrator.internal.workflow.Field.condition;
import static org.matforge.orchestrator.internal.workflow.Field.data;
import static org.matforge.orchestrator.internal.workflow.Field.dataFile;
import static org.matforge.orchestrator.internal.workflow.Field.flag;
import static org.matforge.orchestrator.internal.workflow.Field.integer;
import static org.matforge.orchestrator.internal.workflow.Field.modelFile;
import static org.matforge.orchestrator.internal.workflow.Field.number;
import static org.matforge.orchestrator.internal.workflow.Field.objectives;
import static org.matforge.orchestrator.internal.workflow.Field.parameters;
import static org.matforge.orchestrator.internal.workflow.Field.plugin;
import static org.matforge.orchestrator.internal.workflow.Field.plugins;
import static org.matforge.orchestrator.internal.workflow.Field.ref;
import static org.matforge.orchestrator.internal.workflow.Field.refs;
import static org.matforge.orchestrator.internal.workflow.Field.rows;
import static org.matforge.orchestrator.internal.workflow.Field.screens;
import static org.matforge.orchestrator.internal.workflow.Field.space;
import static org.matforge.orchestrator.internal.workflow.Field.text;
import static org.matforge.orchestrator.internal.workflow.Field.texts;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.matforge.api.plugin.PluginKind;
import org.matforge.commons.preprocess.DataQuality;

/**
 * The one spec of every step type (docs/workflows.md, docs/workflow.schema.json are generated from and tested
 * against these). Checks between fields and steps that a single field cannot express are made by
 * {@link WorkflowParser}.
 */
public final class StepSpecs {
    /** The most candidates one sample step draws. */
    public static final long MAX_SAMPLES = 1_000_000;

    private static final Map<StepType, StepSpec> SPECS = new EnumMap<>(StepType.class);

    static {
        spec(StepType.LOAD,
                plugin("source", PluginKind.DATA_SOURCE).about("the data-source plug-in"),
                parameters().about("options of the data source"));
        spec(StepType.CLEAN,
                ref("input", ArtefactType.TABLE, true).about("the table to clean"),
                text("formulaColumn", false).about("the column of formulas; default: the table's formula column"),
                texts("targets", false).about("numeric columns to keep; rows missing any of them are dropped"),
                choice("duplicates", "mean", "median", "first", "max", "min", "drop").byDefault("mean")
                        .about("how rows of one material are merged"),
                number("conflictTolerance").range(Range.atLeast(0, "at least 0 (in the target's unit)")).byDefault(0)
                        .about("spread of a target among duplicates above which they conflict (target units)"),
                number("outlierZ").range(Range.above(0, "a robust z-score above 0 (3.5 is usual)"))
                        .byDefault(DataQuality.DEFAULT_OUTLIER_THRESHOLD).about("robust z-score above which a target is an outlier"),
                choice("outliers", "keep", "drop", "flag").byDefault("keep").about("what happens to outliers"));
        spec(StepType.FEATURIZE,
                ref("input", ArtefactType.TABLE, true).about("the table whose compositions are featurized"),
                plugins("featurizers", PluginKind.FEATURIZER).about("featurizer plug-ins; columns concatenated in order"));
        spec(StepType.TRAIN_PREDICTOR,
                ref("input", ArtefactType.FEATURES, true).about("the feature matrix to train on"),
                plugin("trainer", PluginKind.PREDICTOR_TRAINER).about("the predictor-trainer plug-in"),
                text("target", true).about("the column to predict"),
                text("unit", false).about("the target's unit, for the report; default: none"),
                flag("classification").about("true: a classification task"),
                number("holdout").range(Range.between(0, 0.9, "a share in [0, 0.9] of the rows kept out of training")).byDefault(0.2)
                        .about("share of rows kept out of training for the parity plot"),
                parameters().about("options of the trainer; the step's seed is added as seed"));
        spec(StepType.LOAD_PREDICTOR, List.of("predictor", "file"),
                plugin("predictor", PluginKind.PREDICTOR, false).about("an installed predictor plug-in, e.g. from a model bundle"),
                modelFile("file", ArtefactType.PREDICTOR).about("a predictor's model file, e.g. runs/<run id>/models/<step>.mfm"));
        spec(StepType.TRAIN_GENERATOR,
                ref("input", ArtefactType.TABLE, true).about("the table to train on"),
                plugin("trainer", PluginKind.GENERATOR_TRAINER).about("the generator-trainer plug-in"),
                text("condition", false).about("a numeric column: trains a conditional model on it"),
                parameters().about("options of the trainer; the step's seed is added as seed"));
        spec(StepType.LOAD_GENERATOR, List.of("generator", "file"),
                plugin("generator", PluginKind.GENERATOR, false).about("an installed generator plug-in"),
                modelFile("file", ArtefactType.GENERATOR).about("a generator's model file"));
        spec(StepType.SAMPLE,
                ref("generator", ArtefactType.GENERATOR, true).about("the generator to sample"),
                integer("count", true).range(Range.between(1, MAX_SAMPLES)).about("how many compositions to draw"),
                condition("condition").about("{\"target\", \"min\", \"max\"}; only for a generator trained with that condition"));
        spec(StepType.SCREEN,
                ref("input", ArtefactType.CANDIDATES, true).about("the candidates to screen"),
                screens().about("screens applied in turn: a screen id, or {\"id\", \"version\", \"filter\", \"parameters\", \"keepUnknown\"}"));
        spec(StepType.PREDICT,
                rows("input").about("the candidates to predict, or a table (a load or clean step): its formulas become candidates"),
                refs("predictors", ArtefactType.PREDICTOR).about("predictor steps"));
        spec(StepType.RANK,
                ref("input", ArtefactType.CANDIDATES, true).about("the candidates to rank"),
                objectives("objectives").about("\"<property>:max\" or \"<property>:min\"; .std is the predicted uncertainty"),
                integer("limit", false).range(Range.between(1, Integer.MAX_VALUE)).about("how many candidates to keep; default: all"));
        spec(StepType.EXPLAIN,
                ref("input", ArtefactType.CANDIDATES, true).about("the candidates, after predict"),
                ref("predictor", ArtefactType.PREDICTOR, true).about("the predictor step to explain"),
                data("background").about("a table or featurize step forming the baseline; default: the predictor's training rows (a loaded predictor: the training feature means its file keeps)"),
                integer("top", false).range(Range.between(1, 10_000)).byDefault(8).about("features shown per candidate"),
                integer("candidates", false).range(Range.between(1, 100_000)).byDefault(10).about("how many of the first candidates"),
                flag("importance").about("true: also permutation importance on the predictor's held-out rows"),
                integer("repeats", false).range(Range.between(1, 1_000)).byDefault(5).about("shuffles per feature, with importance"));
        spec(StepType.OPTIMISE,
                space("space").about("the design space: the path of an Olympus dataset document (.json: parameters, measurement, goal) or that document inline, see docs/optimisation.md"),
                dataFile("pool", false).about("the measured pool, a CSV with a column per parameter and one for the measurement; "
                        + "default: the space file with .csv (required with an inline space); repeats of a point are averaged"),
                plugin("optimizer", PluginKind.OPTIMIZER).about("the optimizer plug-in that chooses the experiments"),
                parameters().about("options of the optimizer; its goal is the space's unless given"),
                integer("budget", true).range(Range.between(2, 100_000)).about("experiments in all, the random initial ones included"),
                integer("batch", false).range(Range.between(1, 1_000)).byDefault(1).about("experiments chosen per round (run in parallel in a lab)"),
                integer("initial", false).range(Range.between(1, 1_000)).byDefault(2).about("random initial experiments"),
                number("top").range(Range.between(0.001, 1, "a share in [0.001, 1] of the pool")).byDefault(0.05)
                        .about("share of the pool counted as its best experiments in the report"));
        spec(StepType.REPORT,
                ref("input", ArtefactType.CANDIDATES, false).about("the candidates to report; without it (and with campaigns) the report shows the campaigns only"),
                refs("campaigns", ArtefactType.CAMPAIGN, false).about("optimise steps whose campaigns the report shows: the best-so-far curve, "
                        + "the parameters' relevance (length scales) and the next batch; input, campaigns or both"),
                ref("training", ArtefactType.TABLE, false).about("a table, for the distribution plot"),
                text("title", false).about("the report's title; default: the workflow's name"),
                integer("top", false).range(Range.between(1, 100_000)).byDefault(50).about("rows in the report's table"));
    }

    private StepSpecs() {
    }

    private static void spec(StepType type, Field... fields) {
        spec(type, List.of(), fields);
    }

    private static void spec(StepType type, List<String> exactlyOne, Field... fields) {
        SPECS.put(type, new StepSpec(type, Arrays.asList(fields), exactlyOne));
    }

    /** @return the spec of a step type */
    public static StepSpec of(StepType type) {
        return SPECS.get(type);
    }

    /** @return every spec, in the order of {@link StepType} */
    public static List<StepSpec> all() {
        return List.copyOf(SPECS.values());
    }
}
