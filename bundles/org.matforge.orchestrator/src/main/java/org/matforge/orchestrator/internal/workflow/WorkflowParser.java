package org.matforge.orchestrator.internal.workflow;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.matforge.api.plugin.PluginKind;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.commons.io.FileRoots;

/**
 * Reads and validates a workflow document (schema 1, docs/workflows.md) before anything runs, in phases: JSON within
 * the {@link JsonLimits} and without duplicate keys; the shape of the document and of every step against its
 * {@link StepSpec} ({@link StepShape}); the references between steps; the checks across steps (a sample condition
 * against its generator, an explain step against its predictor); the plug-in parameters; and last whether every
 * referenced plug-in is registered, waiting a bounded time for plug-ins that are still starting. Every problem is
 * collected with its path in the document ({@code steps[2].featurizers[0]: no featurizer 'magpei' — did you mean
 * 'magpie'? …}). A load step's model {@code file} is checked by reading its metadata (existence, confinement to the
 * {@link FileRoots}, format, kind), and the model loader of the trainer it names becomes one of the step's plug-ins.
 */
public final class WorkflowParser {
    /** The schema version this orchestrator reads. */
    public static final int SCHEMA = 1;
    /** Allowed step and workflow names. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** The reference form allowed inside plug-in parameters: the formulas of an earlier table. */
    public static final String FORMULAS = "$formulas";
    /** The members of a workflow document. */
    public static final List<String> TOP = List.of("schema", "name", "description", "seed", "steps", "spark");

    private final PluginCatalog catalog;
    private final Duration pluginWait;
    private final Supplier<FileRoots> roots;
    private final JsonLimits limits;

    /**
     * Validates with the process-wide {@link FileRoots#current() file roots} and {@link JsonLimits#current() limits}.
     *
     * @param catalog    the installed plug-ins
     * @param pluginWait how long to wait for referenced plug-ins that are not registered yet
     */
    public WorkflowParser(PluginCatalog catalog, Duration pluginWait) {
        this(catalog, pluginWait, FileRoots::current, JsonLimits.current());
    }

    /**
     * @param roots  the folders model files may lie in (the workflow file's folder is added to them)
     * @param limits how large and deep a document may be
     */
    public WorkflowParser(PluginCatalog catalog, Duration pluginWait, Supplier<FileRoots> roots, JsonLimits limits) {
        this.catalog = catalog;
        this.pluginWait = pluginWait;
        this.roots = roots;
        this.limits = limits;
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
     * @param folder the folder of the workflow file, against which relative model-file paths are resolved and in
     *               which they may lie; null when the document was not read from a file (then the process's working
     *               directory is used)
     * @return the validated workflow
     * @throws WorkflowException    listing every problem, in document order
     * @throws InterruptedException when interrupted while waiting for plug-ins
     */
    public Workflow parse(String json, Path folder) throws WorkflowException, InterruptedException {
        Pass pass = new Pass(json, folder);
        Workflow workflow = pass.run();
        if (!pass.problems.isEmpty()) {
            throw new WorkflowException(pass.problems.sorted());
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
        return pass.problems.sorted();
    }

    /** @return the folder relative model-file paths of a document read from no file are resolved against */
    public static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    /** A step as the shape check found it. */
    private record Draft(int index, String name, StepType type, long seed, StepShape.Shaped shape, Map<String, String> inputs) {
    }

    /** One validation of one document. */
    private final class Pass {
        private final String json;
        private final Map<Integer, StepType> types = new HashMap<>();
        private final Problems problems = new Problems(types);
        private final StepShape shape;
        private final StepShape.FileContext files;
        /** The first step index of each step name written as a text. */
        private final Map<String, Integer> allNames = new HashMap<>();
        /** Steps with a valid name, by name (the first of that name). */
        private final Map<String, Draft> named = new HashMap<>();

        Pass(String json, Path folder) {
            this.json = json;
            Path base = folder == null ? workingDirectory() : folder.toAbsolutePath().normalize();
            String baseName = folder == null ? "the working directory of the MatForge process" : "the workflow file's folder";
            FileRoots allowed = folder == null ? roots.get() : roots.get().with(base);
            this.files = new StepShape.FileContext(base, baseName, allowed);
            this.shape = new StepShape(catalog, problems, files);
        }

        Workflow run() throws InterruptedException {
            JsonElement root;
            try {
                root = JsonDocument.parse(json, limits);
            } catch (JsonDocument.SyntaxError e) {
                problems.add(e.problem());
                return null;
            }
            if (!root.isJsonObject()) {
                problems.add("(document)", "expected a JSON object with \"schema\": 1, \"name\" and \"steps\"");
                return null;
            }
            JsonObject doc = root.getAsJsonObject();
            shape.unknownMembers(doc, TOP, "", "workflow");
            checkSchema(doc.get("schema"));
            String name = requiredName(doc.get("name"), "name", "the workflow");
            String description = shape.optionalText(doc.get("description"), "description");
            long seed = optionalInteger(doc.get("seed"), "seed", 0);
            List<Draft> drafts = shapes(doc.get("steps"), seed);
            drafts.forEach(this::references);
            drafts.forEach(this::acrossSteps);
            checkPluginParameters(drafts.stream().flatMap(d -> d.shape().parameters().stream()).toList());
            List<Step> steps = drafts.stream().filter(d -> d.name() != null)
                    .map(d -> new Step(d.index(), d.name(), d.type(), d.shape().json(), d.inputs(), d.shape().plugins(), d.seed(), d.shape().files()))
                    .toList();
            Optional<SparkSection> spark = spark(doc.get("spark"), steps);
            checkPluginsPresent(steps.stream().flatMap(s -> s.plugins().stream()).toList());
            return problems.isEmpty() ? new Workflow(SCHEMA, name, description, seed, steps, json, spark) : null;
        }

        /** The spark section, its chain of steps checked against the steps as validated. */
        private Optional<SparkSection> spark(JsonElement e, List<Step> steps) {
            if (e == null || e.isJsonNull()) {
                return Optional.empty();
            }
            SparkSection section = SparkSection.read(e, shape, files, problems);
            if (section == null) {
                return Optional.empty();
            }
            Map<String, Step> byName = new LinkedHashMap<>();
            steps.forEach(s -> byName.put(s.name(), s));
            SparkChain.of(section, byName, problems::add);
            return Optional.of(section);
        }

        private void checkSchema(JsonElement e) {
            if (e == null) {
                problems.add("schema", "required — add \"schema\": " + SCHEMA);
            } else if (!StepShape.isNumber(e) || !StepShape.isWhole(e)) {
                problems.add("schema", "must be the number " + SCHEMA + ", got " + e);
            } else if (e.getAsLong() != SCHEMA) {
                problems.add("schema", "version " + e.getAsLong() + " is not supported; this orchestrator reads schema " + SCHEMA);
            }
        }

        /** Phase 1: the shape of every step; steps of an unknown type or without a valid name give no draft's artefact. */
        private List<Draft> shapes(JsonElement e, long workflowSeed) {
            if (e == null) {
                problems.add("steps", "required — a list of steps, e.g. [{\"name\": \"data\", \"type\": \"load\", \"source\": \"builtin\"}]");
                return List.of();
            }
            if (!e.isJsonArray() || e.getAsJsonArray().isEmpty()) {
                problems.add("steps", "must be a non-empty list of step objects");
                return List.of();
            }
            JsonArray array = e.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                JsonElement s = array.get(i);
                if (s.isJsonObject() && StepShape.isText(s.getAsJsonObject().get("name"))) {
                    allNames.putIfAbsent(s.getAsJsonObject().get("name").getAsString(), i);
                }
            }
            List<Draft> drafts = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                Draft d = step(i, array.get(i), workflowSeed);
                if (d != null) {
                    drafts.add(d);
                }
            }
            return drafts;
        }

        private Draft step(int index, JsonElement e, long workflowSeed) {
            String path = "steps[" + index + "]";
            if (!e.isJsonObject()) {
                problems.add(path, "expected a step object with \"name\" and \"type\", got " + e);
                return null;
            }
            JsonObject o = e.getAsJsonObject();
            String name = requiredName(o.get("name"), path + ".name", "a step");
            if (name != null && allNames.get(name) != index) {
                problems.add(path + ".name", "'" + name + "' is already the name of steps[" + allNames.get(name) + "]; step names must be unique");
            }
            StepType type = stepType(o.get("type"), path + ".type");
            long seed = optionalInteger(o.get("seed"), path + ".seed", Seeds.derive(workflowSeed, index));
            if (type == null) {
                register(new Draft(index, name, null, seed, null, Map.of()));
                return null;
            }
            types.put(index, type);
            Draft draft = new Draft(index, name, type, seed, shape.check(StepSpecs.of(type), o, path), new LinkedHashMap<>());
            register(draft);
            return draft;
        }

        private void register(Draft d) {
            if (d.name() != null) {
                named.putIfAbsent(d.name(), d);
            }
        }

        private StepType stepType(JsonElement e, String path) {
            if (e == null) {
                problems.add(path, "required — one of " + String.join(", ", StepType.ids()));
                return null;
            }
            if (!StepShape.isText(e)) {
                problems.add(path, "must be a text, one of " + String.join(", ", StepType.ids()));
                return null;
            }
            String id = e.getAsString();
            return StepType.ofId(id).orElseGet(() -> {
                problems.add(path, "no step type '" + id + "'" + Suggestions.hint(id, StepType.ids()));
                return null;
            });
        }

        /** Phase 2: each reference names an earlier step whose artefact has the expected type. */
        private void references(Draft d) {
            for (Reference r : d.shape().references()) {
                Draft target = named.get(r.target());
                if (target == null || target.index() >= d.index()) {
                    Integer at = allNames.get(r.target());
                    if (at != null && at >= d.index()) {
                        problems.add(r.path(), "'" + r.target() + "' is steps[" + at + "], which does not come before this step; a step can only use the artefacts of earlier steps");
                    } else {
                        List<String> candidates = named.values().stream().filter(x -> x.index() < d.index() && x.type() != null
                                && r.expected().contains(x.type().output())).sorted((a, b) -> Integer.compare(a.index(), b.index()))
                                .map(Draft::name).toList();
                        problems.add(r.path(), "no earlier step named '" + r.target() + "'"
                                + (candidates.isEmpty() ? " — no earlier step gives a " + r.label() : Suggestions.hint(r.target(), candidates)));
                    }
                } else if (target.type() != null && !r.expected().contains(target.type().output())) {
                    problems.add(r.path(), "'" + r.target() + "' (steps[" + allNames.get(r.target()) + "], " + target.type().id() + ") gives a "
                            + target.type().output().label() + ", not a " + r.label());
                } else {
                    d.inputs().put(r.rel(), r.target());
                }
            }
        }

        /** Phase 3: checks between fields and steps that single fields cannot show. */
        private void acrossSteps(Draft d) {
            JsonObject o = d.shape().json();
            String path = "steps[" + d.index() + "]";
            if (d.type() == StepType.EXPLAIN) {
                explainCheck(o, path, d.inputs());
            }
            if (!d.shape().spec().exactlyOne().isEmpty()) {
                exactlyOne(d.shape().spec(), o, path);
            }
            if (d.type() == StepType.SAMPLE && o.get("condition") != null && o.get("condition").isJsonObject() && d.inputs().containsKey("generator")) {
                String generator = d.inputs().get("generator");
                Draft trained = named.get(generator);
                if (trained.type() == StepType.TRAIN_GENERATOR) {
                    JsonElement conditionedOn = trained.shape().json().get("condition");
                    JsonElement target = o.getAsJsonObject("condition").get("target");
                    if (conditionedOn == null) {
                        problems.add(path + ".condition", "generator '" + generator + "' (steps[" + allNames.get(generator)
                                + "]) is trained without a condition; give it \"condition\": \"<property column>\" or sample without one");
                    } else if (StepShape.isText(target) && StepShape.isText(conditionedOn) && !target.getAsString().equals(conditionedOn.getAsString())) {
                        problems.add(path + ".condition.target", "generator '" + generator + "' is conditioned on '" + conditionedOn.getAsString()
                                + "', not '" + target.getAsString() + "'");
                    }
                } else if (trained.shape() != null && trained.shape().files().containsKey("file")) {
                    fileConditionCheck(trained.shape().files().get("file"), generator, o.getAsJsonObject("condition").get("target"), path);
                }
            }
        }

        /** A generator's metadata names the property it is conditioned on as its target; an unconditional one names none. */
        private void fileConditionCheck(ModelFile file, String generator, JsonElement target, String path) {
            String conditionedOn = file.metadata().target();
            String where = "generator '" + generator + "' (steps[" + allNames.get(generator) + "], " + file.path().getFileName() + ")";
            if (conditionedOn.isEmpty()) {
                problems.add(path + ".condition", where + " was trained without a condition; sample it without one");
            } else if (StepShape.isText(target) && !target.getAsString().equals(conditionedOn)) {
                problems.add(path + ".condition.target", where + " is conditioned on '" + conditionedOn + "', not '" + target.getAsString() + "'");
            }
        }

        /** A load step takes its model either from an installed plug-in or from a model file: exactly one of them. */
        private void exactlyOne(StepSpec spec, JsonObject o, String path) {
            String plugin = spec.exactlyOne().get(0);
            String file = spec.exactlyOne().get(1);
            boolean hasPlugin = o.get(plugin) != null && !o.get(plugin).isJsonNull();
            boolean hasFile = o.get(file) != null && !o.get(file).isJsonNull();
            if (hasPlugin && hasFile) {
                problems.add(path, "give either \"" + plugin + "\" (an installed " + plugin + " plug-in) or \"file\" (a model file), not both");
            } else if (!hasPlugin && !hasFile) {
                PluginKind kind = spec.field(plugin).orElseThrow().plugin();
                List<String> known = catalog.ids(kind);
                problems.add(path, "a " + spec.type().id() + " step needs \"" + plugin + "\" (an installed " + plugin + " plug-in; registered: "
                        + (known.isEmpty() ? "none" : String.join(", ", known)) + ") or \"file\" (a model file saved by a run, e.g. "
                        + "\"runs/<run id>/models/<step>.mfm\")");
            }
        }

        /** A loaded predictor has no held-out rows (importance); its baseline is the training means its file keeps, or {@code background}. */
        private void explainCheck(JsonObject o, String path, Map<String, String> inputs) {
            String predictor = inputs.get("predictor");
            boolean importance = o.get("importance") != null && StepShape.isFlag(o.get("importance")) && o.get("importance").getAsBoolean();
            if (o.has("repeats") && !importance) {
                problems.add(path + ".repeats", "only used with \"importance\": true");
            }
            if (predictor == null) {
                return;
            }
            String where = "predictor '" + predictor + "' (steps[" + allNames.get(predictor) + "])";
            Draft source = named.get(predictor);
            if (source.type() == StepType.LOAD_PREDICTOR) {
                if (importance) {
                    problems.add(path + ".importance", where + " is loaded and has no held-out rows to measure permutation importance on");
                }
            } else if (importance && source.shape() != null) {
                JsonElement holdout = source.shape().json().get("holdout");
                if (holdout != null && StepShape.isNumber(holdout) && holdout.getAsDouble() == 0) {
                    problems.add(path + ".importance", where + " keeps no rows out of training (\"holdout\": 0); permutation importance needs held-out rows");
                }
            }
        }

        /**
         * Phase 4: the parameters of every plug-in, each with the plug-in it goes to (a step's data source or
         * trainer, a screen entry's screen). This is the one place plug-in parameters are checked against what the
         * plug-in declares (their names, types and ranges); the plug-ins themselves are looked up in phase 5.
         */
        private void checkPluginParameters(List<PluginParameters> all) {
            for (PluginParameters p : all) {
                PluginParameterCheck.check(p.plugin(), catalog.parameters(p.plugin()), p.parameters(), p.path())
                        .forEach(problem -> problems.add(problem.path(), problem.message()));
            }
        }

        private String requiredName(JsonElement e, String path, String what) {
            if (e == null) {
                problems.add(path, "required — " + what + " needs a name (letters, digits, '.', '_', '-')");
                return null;
            }
            if (!StepShape.isText(e) || !NAME.matcher(e.getAsString()).matches()) {
                problems.add(path, "must be 1–64 letters, digits, '.', '_' or '-' starting with a letter or digit, got " + e);
                return null;
            }
            return e.getAsString();
        }

        private long optionalInteger(JsonElement e, String path, long fallback) {
            if (e == null || e.isJsonNull()) {
                return fallback;
            }
            if (!StepShape.isNumber(e) || !StepShape.isWhole(e)) {
                problems.add(path, "must be a whole number, got " + e);
                return fallback;
            }
            return e.getAsLong();
        }

        /** Phase 5: every referenced plug-in is registered (waited for only when nothing else is wrong). */
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
                    problems.add(ref.path(), ref.kind().id() + " '" + ref.id() + "' is registered, but none matches"
                            + (ref.version() != null ? " version " + ref.version() : "") + (ref.filter() != null ? " filter " + ref.filter() : ""));
                } else {
                    problems.add(ref.path(), "no " + ref.kind().id() + " '" + ref.id() + "'" + Suggestions.hint(ref.id(), known));
                }
            }
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

    /** @return the step index of a path {@code steps[i]…}, -1 when it has none */
    static int stepIndex(String path) {
        int end = path.indexOf(']');
        try {
            return Integer.parseInt(path.substring(6, end));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
