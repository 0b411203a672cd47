package org.matforge.orchestrator.internal.workflow;

import static org.matforge.orchestrator.internal.workflow.Field.choice;
import static org.matforge.orchestrator.internal.workflow.Field.condition;
import static org.matforge.orchestrator.internal.workflow.Field.data;
import static org.matforge.orchestrator.internal.workflow.Field.flag;
import static org.matforge.orchestrator.internal.workflow.Field.integer;
import static org.matforge.orchestrator.internal.workflow.Field.modelFile;
import static org.matforge.orchestrator.internal.workflow.Field.number;
import static org.matforge.orchestrator.internal.workflow.Field.parameters;
import static org.matforge.orchestrator.internal.workflow.Field.plugin;
import static org.matforge.orchestrator.internal.workflow.Field.plugins;
import static org.matforge.orchestrator.internal.workflow.Field.ref;
import static org.matforge.orchestrator.internal.workflow.Field.refs;
import static org.matforge.orchestrator.internal.workflow.Field.screens;
import static org.matforge.orchestrator.internal.workflow.Field.text;
import static org.matforge.orchestrator.internal.workflow.Field.texts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.matforge.api.plugin.PluginKind;

/**
 * The fields each step type accepts besides {@code name}, {@code type} and {@code seed} (docs/workflows.md). Which
 * optional fields must come together or exclude each other (e.g. exactly one of a load step's plug-in and
 * {@code file}) is checked by {@link WorkflowParser}.
 */
public final class StepFields {
    /** Fields every step has. */
    public static final List<String> COMMON = List.of("name", "type", "seed");

    private static final Map<StepType, List<Field>> FIELDS = new EnumMap<>(StepType.class);

    static {
        FIELDS.put(StepType.LOAD, List.of(plugin("source", PluginKind.DATA_SOURCE), parameters()));
        FIELDS.put(StepType.CLEAN, List.of(ref("input", ArtefactType.TABLE, true), text("formulaColumn", false),
                texts("targets", false), choice("duplicates", "mean", "median", "first", "max", "min", "drop"),
                number("conflictTolerance"), number("outlierZ"), choice("outliers", "keep", "drop", "flag")));
        FIELDS.put(StepType.FEATURIZE, List.of(ref("input", ArtefactType.TABLE, true), plugins("featurizers", PluginKind.FEATURIZER)));
        FIELDS.put(StepType.TRAIN_PREDICTOR, List.of(ref("input", ArtefactType.FEATURES, true),
                plugin("trainer", PluginKind.PREDICTOR_TRAINER), text("target", true), text("unit", false),
                flag("classification"), number("holdout"), parameters()));
        FIELDS.put(StepType.LOAD_PREDICTOR, List.of(plugin("predictor", PluginKind.PREDICTOR, false), modelFile("file", ArtefactType.PREDICTOR)));
        FIELDS.put(StepType.TRAIN_GENERATOR, List.of(ref("input", ArtefactType.TABLE, true),
                plugin("trainer", PluginKind.GENERATOR_TRAINER), text("condition", false), parameters()));
        FIELDS.put(StepType.LOAD_GENERATOR, List.of(plugin("generator", PluginKind.GENERATOR, false), modelFile("file", ArtefactType.GENERATOR)));
        FIELDS.put(StepType.SAMPLE, List.of(ref("generator", ArtefactType.GENERATOR, true), integer("count", true),
                condition("condition")));
        FIELDS.put(StepType.SCREEN, List.of(ref("input", ArtefactType.CANDIDATES, true), screens()));
        FIELDS.put(StepType.PREDICT, List.of(ref("input", ArtefactType.CANDIDATES, true), refs("predictors", ArtefactType.PREDICTOR)));
        FIELDS.put(StepType.RANK, List.of(ref("input", ArtefactType.CANDIDATES, true), texts("objectives", true),
                integer("limit", false)));
        FIELDS.put(StepType.EXPLAIN, List.of(ref("input", ArtefactType.CANDIDATES, true), ref("predictor", ArtefactType.PREDICTOR, true),
                data("background"), integer("top", false), integer("candidates", false), flag("importance"), integer("repeats", false)));
        FIELDS.put(StepType.REPORT, List.of(ref("input", ArtefactType.CANDIDATES, true), ref("training", ArtefactType.TABLE, false),
                text("title", false), integer("top", false)));
    }

    private StepFields() {
    }

    /** @return the fields of a step type, in document order */
    public static List<Field> of(StepType type) {
        return FIELDS.get(type);
    }

    /** @return every member name a step of that type may have */
    public static List<String> names(StepType type) {
        List<String> names = new ArrayList<>(COMMON);
        of(type).forEach(f -> names.add(f.name()));
        return names;
    }
}
