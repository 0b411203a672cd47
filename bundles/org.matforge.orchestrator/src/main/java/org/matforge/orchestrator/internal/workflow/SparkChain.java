package org.matforge.orchestrator.internal.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The steps of a {@link SparkSection} as one Spark {@code generate} job. The job screens in a fixed order — SMACT
 * validity, element count, novelty, the predictions, stability, then property windows — so the chain must ask for them
 * in that order, each screen at most once but the windows. {@code uniqueness} compares a candidate with the others, not
 * a row on its own: the run applies it, anywhere in the chain, as it reads the job's output back. The chain starts with a sample step (with or without a condition) whose generator
 * is a model file (trained by the run or loaded from a file), each next step reads the one before, and every
 * predictor is a model file too. Problems name the step and screen they are about ({@code steps[6].screens[3]: …}).
 *
 * @param sample      the sample step
 * @param generator   the step that gives the generator
 * @param validity    the oxidation-state set of {@code smact-validity}, if screened
 * @param minElements the {@code min} of {@code element-count}, 0 when not screened
 * @param novelty     the parameters of {@code novelty}, if screened
 * @param predictors  the predictor steps, in order
 * @param stability   the parameters of {@code stability}, if screened
 * @param windows     each {@code property-window}'s parameters, in order
 * @param keepUnknown whether the screens keep candidates they cannot decide on (all of them alike)
 */
public record SparkChain(Step sample, Step generator, Optional<String> validity, int minElements, Optional<JsonObject> novelty,
        List<Step> predictors, Optional<JsonObject> stability, List<JsonObject> windows, boolean keepUnknown) {
    /** The screens the job has, in the order it applies them; predictions come between novelty and stability. */
    public static final List<String> SCREENS = List.of("smact-validity", "element-count", "novelty", "stability", "property-window");
    /** The screen the run applies to the job's output as it reads it back, where the chain has it. */
    public static final String UNIQUENESS = "uniqueness";
    private static final int PREDICT = 3;
    private static final int WINDOW = 5;

    /**
     * @param section the section
     * @param steps   the workflow's steps by name
     * @param problem receives each problem's path and message
     * @return the chain, or empty when there are problems
     */
    public static Optional<SparkChain> of(SparkSection section, Map<String, Step> steps, BiConsumer<String, String> problem) {
        List<String> found = new ArrayList<>();
        BiConsumer<String, String> add = (path, message) -> {
            found.add(path);
            problem.accept(path, message);
        };
        Step sample = null;
        Step generator = null;
        String validity = null;
        int minElements = 0;
        JsonObject novelty = null;
        JsonObject stability = null;
        List<Step> predictors = new ArrayList<>();
        List<JsonObject> windows = new ArrayList<>();
        Boolean keepUnknown = null;
        int stage = -1;
        Step previous = null;
        for (int i = 0; i < section.steps().size(); i++) {
            String at = "spark.steps[" + i + "]";
            Step step = steps.get(section.steps().get(i));
            if (step == null) {
                add.accept(at, "no step named '" + section.steps().get(i) + "'" + Suggestions.hint(section.steps().get(i), List.copyOf(steps.keySet())));
                return Optional.empty();
            }
            if (i == 0) {
                if (step.type() != StepType.SAMPLE) {
                    add.accept(at, "'" + step.name() + "' is a " + step.type().id() + " step; the Spark job starts with a sample step");
                    return Optional.empty();
                }
                sample = step;
                generator = steps.get(step.input("generator"));
                if (generator != null && !isFile(generator)) {
                    add.accept(step.path() + ".generator", "'" + generator.name() + "' is an installed plug-in; on Spark the generator must be a model file"
                            + " (a train-generator step, or a load-generator step with \"file\")");
                }
                previous = step;
                continue;
            }
            if (!previous.name().equals(step.inputs().get("input"))) {
                add.accept(at, "'" + step.name() + "' does not read '" + previous.name() + "'; the Spark steps must each take the one before as \"input\"");
                return Optional.empty();
            }
            previous = step;
            if (step.type() == StepType.PREDICT) {
                if (stage > PREDICT) {
                    add.accept(at, "the Spark job predicts before its stability and property-window screens; put '" + step.name() + "' before them");
                }
                stage = Math.max(stage, PREDICT);
                for (int p = 0; p < step.array("predictors").size(); p++) {
                    Step predictor = steps.get(step.input("predictors[" + p + "]"));
                    if (predictor != null && !isFile(predictor)) {
                        add.accept(step.path() + ".predictors[" + p + "]", "'" + predictor.name() + "' is an installed plug-in; on Spark a predictor must be a model file"
                                + " (a train-predictor step, or a load-predictor step with \"file\")");
                    }
                    predictors.add(predictor);
                }
                continue;
            }
            if (step.type() != StepType.SCREEN) {
                add.accept(at, "'" + step.name() + "' is a " + step.type().id() + " step; after the sample step the Spark job runs screen and predict steps");
                return Optional.empty();
            }
            for (int k = 0; k < step.array("screens").size(); k++) {
                String where = step.path() + ".screens[" + k + "]";
                JsonElement entry = step.array("screens").get(k);
                String id = entry.isJsonObject() ? entry.getAsJsonObject().get("id").getAsString() : entry.getAsString();
                JsonObject options = entry.isJsonObject() ? entry.getAsJsonObject() : new JsonObject();
                JsonObject parameters = options.has("parameters") ? options.getAsJsonObject("parameters") : new JsonObject();
                boolean keeps = options.has("keepUnknown") && options.get("keepUnknown").getAsBoolean();
                if (keepUnknown != null && keeps != keepUnknown) {
                    add.accept(where + ".keepUnknown", "the Spark job keeps undecided candidates for all screens or none; give every screen the same keepUnknown");
                }
                keepUnknown = keeps;
                if (id.equals(UNIQUENESS)) {
                    continue;
                }
                int rank = SCREENS.indexOf(id);
                if (rank < 0) {
                    add.accept(where, "screen '" + id + "' is not in the Spark job, which screens with " + String.join(", ", SCREENS)
                            + " (and " + UNIQUENESS + ", applied as the run reads the job's output back)");
                    continue;
                }
                int order = rank < PREDICT ? rank : rank + 1;
                if (order < stage || order == stage && order != WINDOW) {
                    add.accept(where, "the Spark job screens in the order smact-validity, element-count, novelty, predictions, stability,"
                            + " property-window (each but the windows at most once); '" + id + "' comes too late here");
                }
                stage = Math.max(stage, order);
                switch (id) {
                    case "smact-validity" -> validity = parameters.has("oxidationStates") ? parameters.get("oxidationStates").getAsString() : "icsd24";
                    case "element-count" -> {
                        if (parameters.has("max")) {
                            add.accept(where + ".parameters.max", "the Spark job's element-count has a minimum only");
                        }
                        minElements = parameters.has("min") ? parameters.get("min").getAsInt() : 2;
                    }
                    case "novelty" -> novelty = parameters;
                    case "stability" -> stability = parameters;
                    default -> windows.add(parameters);
                }
            }
        }
        return found.isEmpty() ? Optional.of(new SparkChain(sample, generator, Optional.ofNullable(validity), minElements,
                Optional.ofNullable(novelty), predictors, Optional.ofNullable(stability), windows, keepUnknown != null && keepUnknown)) : Optional.empty();
    }

    /** @return a model-producing step whose model is a file: trained by the run, or loaded with {@code file} */
    private static boolean isFile(Step s) {
        return s.type() == StepType.TRAIN_GENERATOR || s.type() == StepType.TRAIN_PREDICTOR || s.json().has("file");
    }

    /** @return a window as the job's {@code --window} option, {@code target:min:max:mode:k} (empty: the screen's default) */
    public static String window(JsonObject w) {
        return String.join(":", w.get("target").getAsString(), bound(w, "min"), bound(w, "max"),
                w.has("mode") ? w.get("mode").getAsString() : "", bound(w, "k"));
    }

    /** @return a sample step's condition as the job's {@code --condition} option, {@code target:min:max} (empty: no bound) */
    public static String condition(JsonObject c) {
        return String.join(":", c.get("target").getAsString(), bound(c, "min"), bound(c, "max"));
    }

    private static String bound(JsonObject w, String field) {
        return w.has(field) ? String.format(Locale.ROOT, "%s", w.get(field).getAsBigDecimal().toPlainString()) : "";
    }
}
