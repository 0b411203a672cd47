package org.matforge.orchestrator.internal.workflow;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.matforge.api.plugin.PluginKind;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;

/**
 * Reads and validates a workflow document (schema 1, docs/workflows.md) before anything runs. Every problem is
 * collected with its path in the document ({@code steps[2].featurizers[0]: no featurizer 'magpei' — did you mean
 * 'magpie'? …}); plug-in references are checked against the registry, waiting a bounded time for plug-ins that
 * are still starting. A load step's model {@code file} is checked by reading its metadata (existence, format, kind),
 * and the model loader of the trainer it names becomes one of the step's plug-in references.
 */
public final class WorkflowParser {
    /** The schema version this orchestrator reads. */
    public static final int SCHEMA = 1;
    /** Allowed step and workflow names. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** The reference form allowed inside plug-in parameters: the formulas of an earlier table. */
    public static final String FORMULAS = "$formulas";

    private static final List<String> TOP = List.of("schema", "name", "description", "seed", "steps");
    private static final List<String> PLUGIN_MEMBERS = List.of("id", "version", "filter");
    private static final List<String> SCREEN_MEMBERS = List.of("id", "version", "filter", "parameters", "keepUnknown");
    private static final Pattern OBJECTIVE = Pattern.compile("[^:\\s]+:(max|min)");

    private final PluginCatalog catalog;
    private final Duration pluginWait;

    /**
     * @param catalog    the installed plug-ins
     * @param pluginWait how long to wait for referenced plug-ins that are not registered yet
     */
    public WorkflowParser(PluginCatalog catalog, Duration pluginWait) {
        this.catalog = catalog;
        this.pluginWait = pluginWait;
    }

    /**
     * Parses a document that was not read from a file: relative model-file paths are resolved against the process's
     * working directory.
     *
     * @return the validated workflow
     * @throws WorkflowException    listing every problem, in document order
     * @throws InterruptedException when interrupted while waiting for plug-ins
     */
    public Workflow parse(String json) throws WorkflowException, InterruptedException {
        return parse(json, null);
    }

    /**
     * @param folder the folder of the workflow file, against which relative model-file paths are resolved; null
     *               when the document was not read from a file (then the process's working directory is used)
     * @return the validated workflow
     * @throws WorkflowException    listing every problem, in document order
     * @throws InterruptedException when interrupted while waiting for plug-ins
     */
    public Workflow parse(String json, Path folder) throws WorkflowException, InterruptedException {
        Pass pass = new Pass(json, folder);
        Workflow workflow = pass.run();
        if (!pass.problems.isEmpty()) {
            throw new WorkflowException(pass.sortedProblems());
        }
        return workflow;
    }

    /** @return every problem, in document order; empty when the workflow would run (relative paths as in {@link #parse(String)}) */
    public List<WorkflowProblem> validate(String json) throws InterruptedException {
        return validate(json, null);
    }

    /** @return every problem, in document order; empty when the workflow would run (relative paths as in {@link #parse(String, Path)}) */
    public List<WorkflowProblem> validate(String json, Path folder) throws InterruptedException {
        Pass pass = new Pass(json, folder);
        pass.run();
        return pass.sortedProblems();
    }

    /** @return the folder relative model-file paths of a document read from no file are resolved against */
    public static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    /** One validation of one document. */
    private final class Pass {
        private final String json;
        private final Path base;
        private final String baseName;
        private final List<WorkflowProblem> problems = new ArrayList<>();
        private final Map<String, Integer> allNames = new HashMap<>();
        private final Map<String, StepType> earlier = new LinkedHashMap<>();
        private final Map<String, JsonObject> earlierJson = new HashMap<>();
        private final Map<String, ModelFile> earlierFiles = new HashMap<>();

        Pass(String json, Path folder) {
            this.json = json;
            this.base = folder == null ? workingDirectory() : folder.toAbsolutePath().normalize();
            this.baseName = folder == null ? "the working directory of the MatForge process" : "the workflow file's folder";
        }

        Workflow run() throws InterruptedException {
            JsonElement root;
            try {
                root = JsonDocument.parse(json);
            } catch (JsonDocument.SyntaxError e) {
                problems.add(e.problem());
                return null;
            }
            if (!root.isJsonObject()) {
                problem("(document)", "expected a JSON object with \"schema\": 1, \"name\" and \"steps\"");
                return null;
            }
            JsonObject doc = root.getAsJsonObject();
            unknownMembers(doc, TOP, "", "workflow");
            checkSchema(doc.get("schema"));
            String name = requiredName(doc.get("name"), "name", "the workflow");
            String description = optionalText(doc.get("description"), "description");
            long seed = optionalInteger(doc.get("seed"), "seed", 0);
            List<Step> steps = steps(doc.get("steps"), seed);
            List<PluginRef> refs = steps.stream().flatMap(s -> s.plugins().stream()).toList();
            checkPluginsPresent(refs);
            PluginParameters.check(steps, catalog, problems);
            return problems.isEmpty() ? new Workflow(SCHEMA, name, description, seed, steps, json) : null;
        }

        private void checkSchema(JsonElement e) {
            if (e == null) {
                problem("schema", "required — add \"schema\": " + SCHEMA);
            } else if (!isNumber(e) || !isWhole(e)) {
                problem("schema", "must be the number " + SCHEMA + ", got " + e);
            } else if (e.getAsLong() != SCHEMA) {
                problem("schema", "version " + e.getAsLong() + " is not supported; this orchestrator reads schema " + SCHEMA);
            }
        }

        private List<Step> steps(JsonElement e, long workflowSeed) {
            if (e == null) {
                problem("steps", "required — a list of steps, e.g. [{\"name\": \"data\", \"type\": \"load\", \"source\": \"builtin\"}]");
                return List.of();
            }
            if (!e.isJsonArray() || e.getAsJsonArray().isEmpty()) {
                problem("steps", "must be a non-empty list of step objects");
                return List.of();
            }
            JsonArray array = e.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                JsonElement s = array.get(i);
                if (s.isJsonObject() && isText(s.getAsJsonObject().get("name"))) {
                    allNames.putIfAbsent(s.getAsJsonObject().get("name").getAsString(), i);
                }
            }
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                Step step = step(i, array.get(i), workflowSeed);
                if (step != null) {
                    steps.add(step);
                }
            }
            return steps;
        }

        private Step step(int index, JsonElement e, long workflowSeed) {
            String path = "steps[" + index + "]";
            if (!e.isJsonObject()) {
                problem(path, "expected a step object with \"name\" and \"type\", got " + e);
                return null;
            }
            JsonObject o = e.getAsJsonObject();
            String name = requiredName(o.get("name"), path + ".name", "a step");
            if (name != null && allNames.get(name) != index) {
                problem(path + ".name", "'" + name + "' is already the name of steps[" + allNames.get(name) + "]; step names must be unique");
            }
            StepType type = stepType(o.get("type"), path + ".type");
            long seed = optionalInteger(o.get("seed"), path + ".seed", Seeds.derive(workflowSeed, index));
            if (type == null) {
                register(name, null, o);
                return null;
            }
            unknownMembers(o, StepFields.names(type), path + ".", "a " + type.id() + " step");
            Map<String, String> inputs = new LinkedHashMap<>();
            List<PluginRef> plugins = new ArrayList<>();
            Map<String, ModelFile> files = new LinkedHashMap<>();
            for (Field field : StepFields.of(type)) {
                field(field, o.get(field.name()), path + "." + field.name(), field.name(), type, inputs, plugins, files);
            }
            crossCheck(type, o, path, inputs);
            register(name, type, o);
            if (name != null && files.containsKey("file")) {
                earlierFiles.putIfAbsent(name, files.get("file"));
            }
            return name == null ? null : new Step(index, name, type, o, inputs, plugins, seed, files);
        }

        private void register(String name, StepType type, JsonObject o) {
            if (name != null && !earlier.containsKey(name)) {
                earlier.put(name, type);
                earlierJson.put(name, o);
            }
        }

        private StepType stepType(JsonElement e, String path) {
            if (e == null) {
                problem(path, "required — one of " + String.join(", ", StepType.ids()));
                return null;
            }
            if (!isText(e)) {
                problem(path, "must be a text, one of " + String.join(", ", StepType.ids()));
                return null;
            }
            String id = e.getAsString();
            return StepType.ofId(id).orElseGet(() -> {
                problem(path, "no step type '" + id + "'" + Suggestions.hint(id, StepType.ids()));
                return null;
            });
        }

        private void field(Field f, JsonElement e, String path, String rel, StepType type, Map<String, String> inputs,
                List<PluginRef> plugins, Map<String, ModelFile> files) {
            if (e == null || e.isJsonNull()) {
                if (f.required()) {
                    problem(path, "required for a " + type.id() + " step" + requiredHint(f));
                }
                return;
            }
            switch (f.kind()) {
                case TEXT -> {
                    if (!isText(e) || e.getAsString().isBlank()) {
                        problem(path, "must be a non-empty text, got " + e);
                    }
                }
                case CHOICE -> {
                    if (!isText(e) || !f.choices().contains(e.getAsString())) {
                        String got = isText(e) ? e.getAsString() : e.toString();
                        problem(path, "must be one of " + String.join(", ", f.choices()) + ", got '" + got + "'"
                                + Suggestions.closest(got, f.choices()).map(c -> " — did you mean '" + c + "'?").orElse(""));
                    }
                }
                case NUMBER -> number(f, e, path);
                case INTEGER -> {
                    if (!isNumber(e) || !isWhole(e)) {
                        problem(path, "must be a whole number, got " + e);
                    } else if (e.getAsLong() < 1) {
                        problem(path, "must be at least 1, got " + e.getAsLong());
                    }
                }
                case FLAG -> {
                    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
                        problem(path, "must be true or false, got " + e);
                    }
                }
                case TEXT_LIST -> texts(f, e, path);
                case REF -> {
                    if (!isText(e)) {
                        problem(path, "must be the name of an earlier step, got " + e);
                    } else {
                        ref(e.getAsString(), f.artefact(), path, rel, inputs);
                    }
                }
                case REF_DATA -> {
                    if (!isText(e)) {
                        problem(path, "must be the name of an earlier table or featurize step, got " + e);
                    } else {
                        ref(e.getAsString(), Set.of(ArtefactType.TABLE, ArtefactType.FEATURES), "table or feature matrix", path, rel, inputs);
                    }
                }
                case REF_LIST -> {
                    JsonArray a = nonEmptyList(e, path, "names of earlier steps");
                    for (int j = 0; a != null && j < a.size(); j++) {
                        if (!isText(a.get(j))) {
                            problem(path + "[" + j + "]", "must be the name of an earlier step, got " + a.get(j));
                        } else {
                            ref(a.get(j).getAsString(), f.artefact(), path + "[" + j + "]", rel + "[" + j + "]", inputs);
                        }
                    }
                }
                case PLUGIN -> plugin(e, f.plugin(), path, PLUGIN_MEMBERS, plugins);
                case PLUGIN_LIST -> {
                    JsonArray a = nonEmptyList(e, path, f.plugin().id() + " ids");
                    for (int j = 0; a != null && j < a.size(); j++) {
                        plugin(a.get(j), f.plugin(), path + "[" + j + "]", PLUGIN_MEMBERS, plugins);
                    }
                }
                case PARAMETERS -> parameters(e, path, rel, inputs);
                case SCREENS -> {
                    JsonArray a = nonEmptyList(e, path, "screen ids or {\"id\": …, \"parameters\": {…}} objects");
                    for (int j = 0; a != null && j < a.size(); j++) {
                        String p = path + "[" + j + "]";
                        plugin(a.get(j), PluginKind.SCREEN, p, SCREEN_MEMBERS, plugins);
                        if (a.get(j).isJsonObject()) {
                            JsonObject s = a.get(j).getAsJsonObject();
                            if (s.has("parameters")) {
                                parameters(s.get("parameters"), p + ".parameters", rel + "[" + j + "].parameters", inputs);
                            }
                            JsonElement keep = s.get("keepUnknown");
                            if (keep != null && !(keep.isJsonPrimitive() && keep.getAsJsonPrimitive().isBoolean())) {
                                problem(p + ".keepUnknown", "must be true or false, got " + keep);
                            }
                        }
                    }
                }
                case CONDITION -> condition(e, path);
                case MODEL_FILE -> modelFile(f, e, path, rel, plugins, files);
            }
        }

        /** Reads the file's metadata now (cheap: its first entry) and adds the loader of its trainer to the step's plug-ins. */
        private void modelFile(Field f, JsonElement e, String path, String rel, List<PluginRef> plugins, Map<String, ModelFile> files) {
            if (!isText(e) || e.getAsString().isBlank()) {
                problem(path, "must be the path of a model file (.mfm), e.g. \"runs/<run id>/models/<step>.mfm\", got " + e);
                return;
            }
            try {
                ModelFile file = ModelFile.check(e.getAsString(), base, baseName, f.artefact());
                files.put(rel, file);
                plugins.add(PluginRef.of(f.plugin(), file.metadata().trainer(), path));
            } catch (ModelFile.Unusable u) {
                problem(path, u.getMessage());
            }
        }

        private String requiredHint(Field f) {
            return switch (f.kind()) {
                case REF, REF_LIST -> " — the name of an earlier step giving a " + f.artefact().label();
                case PLUGIN, PLUGIN_LIST, SCREENS -> {
                    List<String> known = catalog.ids(f.plugin());
                    yield " — " + f.plugin().id() + " ids: " + (known.isEmpty() ? "(none registered)" : String.join(", ", known));
                }
                default -> "";
            };
        }

        private void number(Field f, JsonElement e, String path) {
            if (!isNumber(e)) {
                problem(path, "must be a number, got " + e);
                return;
            }
            double v = e.getAsDouble();
            if (f.name().equals("holdout") && !(v >= 0 && v <= 0.9)) {
                problem(path, "must be a share in [0, 0.9] of the rows kept out of training, got " + e);
            } else if (f.name().equals("conflictTolerance") && !(v >= 0)) {
                problem(path, "must be at least 0 (in the target's unit), got " + e);
            } else if (f.name().equals("outlierZ") && !(v > 0)) {
                problem(path, "must be a robust z-score above 0 (3.5 is usual), got " + e);
            }
        }

        private void texts(Field f, JsonElement e, String path) {
            JsonArray a = nonEmptyList(e, path, "texts");
            for (int j = 0; a != null && j < a.size(); j++) {
                JsonElement t = a.get(j);
                if (!isText(t) || t.getAsString().isBlank()) {
                    problem(path + "[" + j + "]", "must be a non-empty text, got " + t);
                } else if (f.name().equals("objectives") && !OBJECTIVE.matcher(t.getAsString()).matches()) {
                    problem(path + "[" + j + "]", "must be \"<property>:max\" or \"<property>:min\", got \"" + t.getAsString() + "\"");
                }
            }
        }

        private JsonArray nonEmptyList(JsonElement e, String path, String what) {
            if (!e.isJsonArray() || e.getAsJsonArray().isEmpty()) {
                problem(path, "must be a non-empty list of " + what + ", got " + e);
                return null;
            }
            return e.getAsJsonArray();
        }

        private void ref(String target, ArtefactType expected, String path, String rel, Map<String, String> inputs) {
            ref(target, Set.of(expected), expected.label(), path, rel, inputs);
        }

        private void ref(String target, Set<ArtefactType> expected, String label, String path, String rel, Map<String, String> inputs) {
            if (!earlier.containsKey(target)) {
                Integer at = allNames.get(target);
                if (at != null) {
                    problem(path, "'" + target + "' is steps[" + at + "], which does not come before this step; a step can only use the artefacts of earlier steps");
                } else {
                    List<String> candidates = earlier.entrySet().stream()
                            .filter(x -> x.getValue() != null && expected.contains(x.getValue().output())).map(Map.Entry::getKey).toList();
                    problem(path, "no earlier step named '" + target + "'"
                            + (candidates.isEmpty() ? " — no earlier step gives a " + label : Suggestions.hint(target, candidates)));
                }
                return;
            }
            StepType type = earlier.get(target);
            if (type != null && !expected.contains(type.output())) {
                problem(path, "'" + target + "' (steps[" + allNames.get(target) + "], " + type.id() + ") gives a "
                        + type.output().label() + ", not a " + label);
                return;
            }
            inputs.put(rel, target);
        }

        private void plugin(JsonElement e, PluginKind kind, String path, List<String> members, List<PluginRef> plugins) {
            if (isText(e) && !e.getAsString().isBlank()) {
                plugins.add(PluginRef.of(kind, e.getAsString(), path));
                return;
            }
            if (!e.isJsonObject()) {
                problem(path, "must be a " + kind.id() + " id or an object {\"id\": …, \"version\": \"[1,2)\", \"filter\": \"(…)\"}, got " + e);
                return;
            }
            JsonObject o = e.getAsJsonObject();
            unknownMembers(o, members, path + ".", "a plug-in reference");
            JsonElement id = o.get("id");
            if (!isText(id) || id.getAsString().isBlank()) {
                problem(path + ".id", id == null ? "required — the " + kind.id() + "'s id" : "must be a non-empty text, got " + id);
                return;
            }
            String version = optionalText(o.get("version"), path + ".version");
            String filter = optionalText(o.get("filter"), path + ".filter");
            boolean wellFormed = true;
            if (version != null && catalog.versionProblem(version).isPresent()) {
                problem(path + ".version", catalog.versionProblem(version).get());
                wellFormed = false;
            }
            if (filter != null && catalog.filterProblem(filter).isPresent()) {
                problem(path + ".filter", catalog.filterProblem(filter).get());
                wellFormed = false;
            }
            if (wellFormed) {
                plugins.add(new PluginRef(kind, id.getAsString(), version, filter, path));
            }
        }

        private void parameters(JsonElement e, String path, String rel, Map<String, String> inputs) {
            if (!e.isJsonObject()) {
                problem(path, "must be an object of plug-in options, got " + e);
                return;
            }
            formulaRefs(e, path, rel, inputs);
        }

        private void formulaRefs(JsonElement e, String path, String rel, Map<String, String> inputs) {
            if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                if (o.has(FORMULAS)) {
                    JsonElement target = o.get(FORMULAS);
                    if (o.size() != 1 || !isText(target)) {
                        problem(path, "a formulas reference is {\"" + FORMULAS + "\": \"<name of an earlier table step>\"}");
                    } else {
                        ref(target.getAsString(), ArtefactType.TABLE, path + "." + FORMULAS, rel, inputs);
                    }
                    return;
                }
                o.entrySet().forEach(m -> formulaRefs(m.getValue(), path + "." + m.getKey(), rel + "." + m.getKey(), inputs));
            } else if (e.isJsonArray()) {
                JsonArray a = e.getAsJsonArray();
                for (int j = 0; j < a.size(); j++) {
                    formulaRefs(a.get(j), path + "[" + j + "]", rel + "[" + j + "]", inputs);
                }
            }
        }

        private void condition(JsonElement e, String path) {
            if (!e.isJsonObject()) {
                problem(path, "must be an object {\"target\": \"band_gap\", \"min\": 3, \"max\": 6}, got " + e);
                return;
            }
            JsonObject o = e.getAsJsonObject();
            unknownMembers(o, List.of("target", "min", "max"), path + ".", "a condition");
            if (!isText(o.get("target"))) {
                problem(path + ".target", o.has("target") ? "must be a property name, got " + o.get("target") : "required — the property, e.g. \"band_gap\"");
            }
            boolean hasMin = o.has("min");
            boolean hasMax = o.has("max");
            if (!hasMin && !hasMax) {
                problem(path, "needs \"min\", \"max\" or both");
            }
            if (hasMin && !isNumber(o.get("min"))) {
                problem(path + ".min", "must be a number, got " + o.get("min"));
            } else if (hasMax && !isNumber(o.get("max"))) {
                problem(path + ".max", "must be a number, got " + o.get("max"));
            } else if (hasMin && hasMax && o.get("min").getAsDouble() > o.get("max").getAsDouble()) {
                problem(path, "min " + o.get("min") + " is greater than max " + o.get("max"));
            }
        }

        /** Checks between fields and steps that single fields cannot show. */
        private void crossCheck(StepType type, JsonObject o, String path, Map<String, String> inputs) {
            if (type == StepType.EXPLAIN) {
                explainCheck(o, path, inputs);
            }
            if (type == StepType.LOAD_PREDICTOR || type == StepType.LOAD_GENERATOR) {
                pluginOrFile(type, o, path);
            }
            if (type == StepType.SAMPLE && o.get("condition") != null && o.get("condition").isJsonObject() && inputs.containsKey("generator")) {
                String generator = inputs.get("generator");
                JsonObject trained = earlierJson.get(generator);
                if (earlier.get(generator) == StepType.TRAIN_GENERATOR) {
                    JsonElement conditionedOn = trained.get("condition");
                    JsonElement target = o.getAsJsonObject("condition").get("target");
                    if (conditionedOn == null) {
                        problem(path + ".condition", "generator '" + generator + "' (steps[" + allNames.get(generator)
                                + "]) is trained without a condition; give it \"condition\": \"<property column>\" or sample without one");
                    } else if (isText(target) && isText(conditionedOn) && !target.getAsString().equals(conditionedOn.getAsString())) {
                        problem(path + ".condition.target", "generator '" + generator + "' is conditioned on '" + conditionedOn.getAsString()
                                + "', not '" + target.getAsString() + "'");
                    }
                } else if (earlierFiles.containsKey(generator)) {
                    fileConditionCheck(earlierFiles.get(generator), generator, o.getAsJsonObject("condition").get("target"), path);
                }
            }
        }

        /** A generator's metadata names the property it is conditioned on as its target; an unconditional one names none. */
        private void fileConditionCheck(ModelFile file, String generator, JsonElement target, String path) {
            String conditionedOn = file.metadata().target();
            String where = "generator '" + generator + "' (steps[" + allNames.get(generator) + "], " + file.path().getFileName() + ")";
            if (conditionedOn.isEmpty()) {
                problem(path + ".condition", where + " was trained without a condition; sample it without one");
            } else if (isText(target) && !target.getAsString().equals(conditionedOn)) {
                problem(path + ".condition.target", where + " is conditioned on '" + conditionedOn + "', not '" + target.getAsString() + "'");
            }
        }

        /** A load step takes its model either from an installed plug-in or from a model file: exactly one of them. */
        private void pluginOrFile(StepType type, JsonObject o, String path) {
            String plugin = type == StepType.LOAD_PREDICTOR ? "predictor" : "generator";
            boolean hasPlugin = o.get(plugin) != null && !o.get(plugin).isJsonNull();
            boolean hasFile = o.get("file") != null && !o.get("file").isJsonNull();
            if (hasPlugin && hasFile) {
                problem(path, "give either \"" + plugin + "\" (an installed " + plugin + " plug-in) or \"file\" (a model file), not both");
            } else if (!hasPlugin && !hasFile) {
                List<String> known = catalog.ids(type == StepType.LOAD_PREDICTOR ? PluginKind.PREDICTOR : PluginKind.GENERATOR);
                problem(path, "a " + type.id() + " step needs \"" + plugin + "\" (an installed " + plugin + " plug-in; registered: "
                        + (known.isEmpty() ? "none" : String.join(", ", known)) + ") or \"file\" (a model file saved by a run, e.g. "
                        + "\"runs/<run id>/models/<step>.mfm\")");
            }
        }

        /** A loaded predictor has no training features (default background) and no held-out rows (importance). */
        private void explainCheck(JsonObject o, String path, Map<String, String> inputs) {
            String predictor = inputs.get("predictor");
            boolean importance = o.get("importance") != null && o.get("importance").isJsonPrimitive()
                    && o.get("importance").getAsJsonPrimitive().isBoolean() && o.get("importance").getAsBoolean();
            if (o.has("repeats") && !importance) {
                problem(path + ".repeats", "only used with \"importance\": true");
            }
            if (predictor == null) {
                return;
            }
            String where = "predictor '" + predictor + "' (steps[" + allNames.get(predictor) + "])";
            if (earlier.get(predictor) == StepType.LOAD_PREDICTOR) {
                if (o.get("background") == null) {
                    problem(path + ".background", "required: " + where + " is loaded, so there are no training features to form the baseline"
                            + " — name a table or featurize step");
                }
                if (importance) {
                    problem(path + ".importance", where + " is loaded and has no held-out rows to measure permutation importance on");
                }
            } else if (importance) {
                JsonElement holdout = earlierJson.get(predictor).get("holdout");
                if (holdout != null && isNumber(holdout) && holdout.getAsDouble() == 0) {
                    problem(path + ".importance", where + " keeps no rows out of training (\"holdout\": 0); permutation importance needs held-out rows");
                }
            }
        }

        private String requiredName(JsonElement e, String path, String what) {
            if (e == null) {
                problem(path, "required — " + what + " needs a name (letters, digits, '.', '_', '-')");
                return null;
            }
            if (!isText(e) || !NAME.matcher(e.getAsString()).matches()) {
                problem(path, "must be 1–64 letters, digits, '.', '_' or '-' starting with a letter or digit, got " + e);
                return null;
            }
            return e.getAsString();
        }

        private String optionalText(JsonElement e, String path) {
            if (e == null || e.isJsonNull()) {
                return null;
            }
            if (!isText(e)) {
                problem(path, "must be a text, got " + e);
                return null;
            }
            return e.getAsString();
        }

        private long optionalInteger(JsonElement e, String path, long fallback) {
            if (e == null || e.isJsonNull()) {
                return fallback;
            }
            if (!isNumber(e) || !isWhole(e)) {
                problem(path, "must be a whole number, got " + e);
                return fallback;
            }
            return e.getAsLong();
        }

        private void unknownMembers(JsonObject o, List<String> known, String prefix, String what) {
            for (String key : o.keySet()) {
                if (!known.contains(key)) {
                    problem(prefix + key, "unknown field for " + what + Suggestions.hint(key, known));
                }
            }
        }

        private void checkPluginsPresent(List<PluginRef> refs) throws InterruptedException {
            if (refs.isEmpty()) {
                return;
            }
            Set<PluginRef> missing = catalog.missing(refs, problems.isEmpty() ? pluginWait : Duration.ZERO);
            for (PluginRef ref : refs) {
                if (!missing.contains(ref)) {
                    continue;
                }
                List<String> known = catalog.ids(ref.kind());
                if (known.contains(ref.id())) {
                    problem(ref.path(), ref.kind().id() + " '" + ref.id() + "' is registered, but none matches"
                            + (ref.version() != null ? " version " + ref.version() : "") + (ref.filter() != null ? " filter " + ref.filter() : ""));
                } else {
                    problem(ref.path(), "no " + ref.kind().id() + " '" + ref.id() + "'" + Suggestions.hint(ref.id(), known));
                }
            }
        }

        private void problem(String path, String message) {
            problems.add(new WorkflowProblem(path, message));
        }

        List<WorkflowProblem> sortedProblems() {
            List<WorkflowProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(WorkflowProblem::path, WorkflowParser::comparePaths));
            return sorted;
        }
    }

    /** Document order for paths: {@code steps[2]} before {@code steps[10]}; top-level fields before steps. */
    static int comparePaths(String a, String b) {
        boolean stepA = a.startsWith("steps[");
        boolean stepB = b.startsWith("steps[");
        if (stepA != stepB) {
            return stepA ? 1 : -1;
        }
        if (stepA) {
            int ia = stepIndex(a);
            int ib = stepIndex(b);
            if (ia != ib) {
                return Integer.compare(ia, ib);
            }
        }
        return 0;
    }

    private static int stepIndex(String path) {
        int end = path.indexOf(']');
        try {
            return Integer.parseInt(path.substring(6, end));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static boolean isText(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    private static boolean isNumber(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    private static boolean isWhole(JsonElement e) {
        try {
            BigDecimal d = ((JsonPrimitive) e).getAsBigDecimal();
            return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
        } catch (NumberFormatException ex) {
            return false;
        }
    }
}
