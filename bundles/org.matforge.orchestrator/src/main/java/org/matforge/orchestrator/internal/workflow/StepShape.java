package org.matforge.orchestrator.internal.workflow;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.matforge.commons.io.FileAccessException;
import org.matforge.commons.io.FileRoots;
import org.matforge.optimizer.lib.space.SpaceDocument;

/**
 * The first validation phase for one step: every field against its {@link Field} spec (type, range, choices,
 * unknown members), plug-in references and model files. References to other steps are only collected here; they
 * are resolved when every step's shape is known.
 */
final class StepShape {
    private static final List<String> PLUGIN_MEMBERS = List.of("id", "version", "filter");
    private static final List<String> SCREEN_MEMBERS = List.of("id", "version", "filter", "parameters", "keepUnknown");
    private static final Pattern OBJECTIVE = Pattern.compile("[^:\\s]+:(max|min)");

    /** Where the step's model files are looked for and may lie. */
    record FileContext(Path base, String baseName, FileRoots roots) {
    }

    /**
     * What the shape check found in one step.
     *
     * @param spec       the step type's spec
     * @param json       the step's object
     * @param plugins    plug-ins the step resolves, in field order
     * @param files      model files by field
     * @param references references to other steps, in field order
     * @param parameters plug-in parameters with their plug-in
     */
    record Shaped(StepSpec spec, JsonObject json, List<PluginRef> plugins, Map<String, ModelFile> files,
            List<Reference> references, List<PluginParameters> parameters) {
    }

    private final PluginCatalog catalog;
    private final Problems problems;
    private final FileContext files;

    StepShape(PluginCatalog catalog, Problems problems, FileContext files) {
        this.catalog = catalog;
        this.problems = problems;
        this.files = files;
    }

    /** @return the fields of a step object of a known type, checked against its spec */
    Shaped check(StepSpec spec, JsonObject o, String path) {
        unknownMembers(o, spec.names(), path + ".", "a " + spec.type().id() + " step");
        Shaped s = new Shaped(spec, o, new ArrayList<>(), new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
        for (Field field : spec.fields()) {
            field(s, field, o.get(field.name()), path + "." + field.name(), field.name());
        }
        return s;
    }

    private void field(Shaped s, Field f, JsonElement e, String path, String rel) {
        if (e == null || e.isJsonNull()) {
            if (f.required()) {
                problems.add(path, "required for a " + s.spec().type().id() + " step" + requiredHint(f));
            }
            return;
        }
        switch (f.kind()) {
            case TEXT -> {
                if (!isText(e) || e.getAsString().isBlank()) {
                    problems.add(path, "must be a non-empty text, got " + e);
                }
            }
            case CHOICE -> {
                if (!isText(e) || !f.choices().contains(e.getAsString())) {
                    String got = isText(e) ? e.getAsString() : e.toString();
                    problems.add(path, "must be one of " + String.join(", ", f.choices()) + ", got '" + got + "'"
                            + Suggestions.closest(got, f.choices()).map(c -> " — did you mean '" + c + "'?").orElse(""));
                }
            }
            case NUMBER -> {
                if (!isNumber(e)) {
                    problems.add(path, "must be a number, got " + e);
                } else {
                    inRange(f, e.getAsBigDecimal(), e.toString(), path);
                }
            }
            case INTEGER -> {
                if (!isNumber(e) || !isWhole(e)) {
                    problems.add(path, "must be a whole number, got " + e);
                } else {
                    inRange(f, e.getAsBigDecimal(), Long.toString(e.getAsLong()), path);
                }
            }
            case FLAG -> {
                if (!isFlag(e)) {
                    problems.add(path, "must be true or false, got " + e);
                }
            }
            case TEXT_LIST, OBJECTIVES -> texts(f, e, path);
            case REF -> {
                if (!isText(e)) {
                    problems.add(path, "must be the name of an earlier step, got " + e);
                } else {
                    s.references().add(Reference.of(e.getAsString(), f.artefact(), path, rel));
                }
            }
            case REF_DATA -> {
                if (!isText(e)) {
                    problems.add(path, "must be the name of an earlier table or featurize step, got " + e);
                } else {
                    s.references().add(new Reference(e.getAsString(), Set.of(ArtefactType.TABLE, ArtefactType.FEATURES),
                            "table or feature matrix", path, rel));
                }
            }
            case REF_ROWS -> {
                if (!isText(e)) {
                    problems.add(path, "must be the name of an earlier step giving candidates or a table, got " + e);
                } else {
                    s.references().add(new Reference(e.getAsString(), Set.of(ArtefactType.CANDIDATES, ArtefactType.TABLE),
                            "candidate set or table", path, rel));
                }
            }
            case REF_LIST -> {
                JsonArray a = nonEmptyList(e, path, "names of earlier steps");
                for (int j = 0; a != null && j < a.size(); j++) {
                    if (!isText(a.get(j))) {
                        problems.add(path + "[" + j + "]", "must be the name of an earlier step, got " + a.get(j));
                    } else {
                        s.references().add(Reference.of(a.get(j).getAsString(), f.artefact(), path + "[" + j + "]", rel + "[" + j + "]"));
                    }
                }
            }
            case PLUGIN -> plugin(s, e, f.plugin(), path, PLUGIN_MEMBERS);
            case PLUGIN_LIST -> {
                JsonArray a = nonEmptyList(e, path, f.plugin().id() + " ids");
                for (int j = 0; a != null && j < a.size(); j++) {
                    plugin(s, a.get(j), f.plugin(), path + "[" + j + "]", PLUGIN_MEMBERS);
                }
            }
            case PARAMETERS -> parameters(s, e, path, rel, stepPlugin(s));
            case SCREENS -> screens(s, e, path, rel);
            case CONDITION -> condition(e, path);
            case MODEL_FILE -> modelFile(s, f, e, path, rel);
            case DATA_FILE -> dataFile(s, e, path, rel);
            case SPACE -> space(s, e, path, rel);
        }
    }

    /** @return the plug-in a step's {@code parameters} go to: its data source or trainer, when well-formed */
    private static PluginRef stepPlugin(Shaped s) {
        return s.plugins().isEmpty() ? null : s.plugins().get(0);
    }

    private void inRange(Field f, BigDecimal value, String got, String path) {
        if (f.range() != null) {
            f.range().check(value, got).ifPresent(m -> problems.add(path, m));
        }
    }

    private void screens(Shaped s, JsonElement e, String path, String rel) {
        JsonArray a = nonEmptyList(e, path, "screen ids or {\"id\": …, \"parameters\": {…}} objects");
        for (int j = 0; a != null && j < a.size(); j++) {
            String p = path + "[" + j + "]";
            PluginRef screen = plugin(s, a.get(j), PluginKind.SCREEN, p, SCREEN_MEMBERS);
            if (a.get(j).isJsonObject()) {
                JsonObject entry = a.get(j).getAsJsonObject();
                if (entry.has("parameters")) {
                    parameters(s, entry.get("parameters"), p + ".parameters", rel + "[" + j + "].parameters", screen);
                }
                JsonElement keep = entry.get("keepUnknown");
                if (keep != null && !isFlag(keep)) {
                    problems.add(p + ".keepUnknown", "must be true or false, got " + keep);
                }
            }
        }
    }

    /** Reads the file's metadata now (cheap: its first entry) and adds the loader of its trainer to the step's plug-ins. */
    private void modelFile(Shaped s, Field f, JsonElement e, String path, String rel) {
        if (!isText(e) || e.getAsString().isBlank()) {
            problems.add(path, "must be the path of a model file (.mfm), e.g. \"runs/<run id>/models/<step>.mfm\", got " + e);
            return;
        }
        try {
            ModelFile file = ModelFile.check(e.getAsString(), files.base(), files.baseName(), f.artefact());
            files.roots().readable(file.path(), path);
            s.files().put(rel, file);
            s.plugins().add(PluginRef.of(f.plugin(), file.metadata().trainer(), path));
        } catch (ModelFile.Unusable u) {
            problems.add(path, u.getMessage());
        } catch (FileAccessException denied) {
            String message = denied.getMessage();
            problems.add(path, message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message);
        }
    }

    /**
     * Checks that the data file exists and lies inside the allowed folders, and replaces the step's value by the
     * file's real path, so that the run reads what validation checked wherever the process runs.
     */
    private void dataFile(Shaped s, JsonElement e, String path, String rel) {
        if (!isText(e) || e.getAsString().isBlank()) {
            problems.add(path, "must be the path of a file, got " + e);
            return;
        }
        try {
            Path file = files.base().resolve(e.getAsString()).toAbsolutePath().normalize();
            if (!java.nio.file.Files.isRegularFile(file)) {
                problems.add(path, "no file " + file + (Path.of(e.getAsString()).isAbsolute() ? "" : " (a relative path is resolved against "
                        + files.baseName() + ", " + files.base() + ")"));
                return;
            }
            s.json().addProperty(rel, files.roots().readable(file, path).toString());
        } catch (java.nio.file.InvalidPathException bad) {
            problems.add(path, "not a valid path: " + bad.getMessage());
        } catch (FileAccessException denied) {
            String message = denied.getMessage();
            problems.add(path, message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message);
        }
    }

    /** A space is a data file, or the space document inline: then it is parsed here and the pool file is required. */
    private void space(Shaped s, JsonElement e, String path, String rel) {
        if (!e.isJsonObject()) {
            dataFile(s, e, path, rel);
            return;
        }
        try {
            SpaceDocument.parse(e, path);
        } catch (IllegalArgumentException bad) {
            String message = bad.getMessage();
            problems.add(path, message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message);
        }
        if (!s.json().has("pool")) {
            problems.add(path.substring(0, path.length() - rel.length()) + "pool", "required when the space is given inline (no space file to find a .csv next to)");
        }
    }

    /** @return the well-formed reference, also added to the step's plug-ins; null when it is not well-formed */
    private PluginRef plugin(Shaped s, JsonElement e, PluginKind kind, String path, List<String> members) {
        if (isText(e) && !e.getAsString().isBlank()) {
            PluginRef ref = PluginRef.of(kind, e.getAsString(), path);
            s.plugins().add(ref);
            return ref;
        }
        if (!e.isJsonObject()) {
            problems.add(path, "must be a " + kind.id() + " id or an object {\"id\": …, \"version\": \"[1,2)\", \"filter\": \"(…)\"}, got " + e);
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        unknownMembers(o, members, path + ".", "a plug-in reference");
        JsonElement id = o.get("id");
        if (!isText(id) || id.getAsString().isBlank()) {
            problems.add(path + ".id", id == null ? "required — the " + kind.id() + "'s id" : "must be a non-empty text, got " + id);
            return null;
        }
        String version = optionalText(o.get("version"), path + ".version");
        String filter = optionalText(o.get("filter"), path + ".filter");
        boolean wellFormed = true;
        if (version != null && catalog.versionProblem(version).isPresent()) {
            problems.add(path + ".version", catalog.versionProblem(version).get());
            wellFormed = false;
        }
        if (filter != null && catalog.filterProblem(filter).isPresent()) {
            problems.add(path + ".filter", catalog.filterProblem(filter).get());
            wellFormed = false;
        }
        if (!wellFormed) {
            return null;
        }
        PluginRef ref = new PluginRef(kind, id.getAsString(), version, filter, path);
        s.plugins().add(ref);
        return ref;
    }

    private void parameters(Shaped s, JsonElement e, String path, String rel, PluginRef plugin) {
        if (!e.isJsonObject()) {
            problems.add(path, "must be an object of plug-in options, got " + e);
            return;
        }
        formulaRefs(s, e, path, rel);
        if (plugin != null) {
            s.parameters().add(new PluginParameters(plugin, e.getAsJsonObject(), path));
        }
    }

    private void formulaRefs(Shaped s, JsonElement e, String path, String rel) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has(WorkflowParser.FORMULAS)) {
                JsonElement target = o.get(WorkflowParser.FORMULAS);
                if (o.size() != 1 || !isText(target)) {
                    problems.add(path, "a formulas reference is {\"" + WorkflowParser.FORMULAS + "\": \"<name of an earlier table step>\"}");
                } else {
                    s.references().add(Reference.of(target.getAsString(), ArtefactType.TABLE, path + "." + WorkflowParser.FORMULAS, rel));
                }
                return;
            }
            o.entrySet().forEach(m -> formulaRefs(s, m.getValue(), path + "." + m.getKey(), rel + "." + m.getKey()));
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int j = 0; j < a.size(); j++) {
                formulaRefs(s, a.get(j), path + "[" + j + "]", rel + "[" + j + "]");
            }
        }
    }

    private void condition(JsonElement e, String path) {
        if (!e.isJsonObject()) {
            problems.add(path, "must be an object {\"target\": \"band_gap\", \"min\": 3, \"max\": 6}, got " + e);
            return;
        }
        JsonObject o = e.getAsJsonObject();
        unknownMembers(o, List.of("target", "min", "max"), path + ".", "a condition");
        if (!isText(o.get("target"))) {
            problems.add(path + ".target", o.has("target") ? "must be a property name, got " + o.get("target") : "required — the property, e.g. \"band_gap\"");
        }
        boolean hasMin = o.has("min");
        boolean hasMax = o.has("max");
        if (!hasMin && !hasMax) {
            problems.add(path, "needs \"min\", \"max\" or both");
        }
        if (hasMin && !isNumber(o.get("min"))) {
            problems.add(path + ".min", "must be a number, got " + o.get("min"));
        } else if (hasMax && !isNumber(o.get("max"))) {
            problems.add(path + ".max", "must be a number, got " + o.get("max"));
        } else if (hasMin && hasMax && o.get("min").getAsDouble() > o.get("max").getAsDouble()) {
            problems.add(path, "min " + o.get("min") + " is greater than max " + o.get("max"));
        }
    }

    private String requiredHint(Field f) {
        return switch (f.kind()) {
            case REF, REF_LIST -> " — the name of an earlier step giving a " + f.artefact().label();
            case REF_ROWS -> " — the name of an earlier step giving a candidate set or a table";
            case PLUGIN, PLUGIN_LIST, SCREENS -> {
                List<String> known = catalog.ids(f.plugin());
                yield " — " + f.plugin().id() + " ids: " + (known.isEmpty() ? "(none registered)" : String.join(", ", known));
            }
            default -> "";
        };
    }

    private void texts(Field f, JsonElement e, String path) {
        JsonArray a = nonEmptyList(e, path, "texts");
        for (int j = 0; a != null && j < a.size(); j++) {
            JsonElement t = a.get(j);
            if (!isText(t) || t.getAsString().isBlank()) {
                problems.add(path + "[" + j + "]", "must be a non-empty text, got " + t);
            } else if (f.kind() == Field.Kind.OBJECTIVES && !OBJECTIVE.matcher(t.getAsString()).matches()) {
                problems.add(path + "[" + j + "]", "must be \"<property>:max\" or \"<property>:min\", got \"" + t.getAsString() + "\"");
            }
        }
    }

    private JsonArray nonEmptyList(JsonElement e, String path, String what) {
        if (!e.isJsonArray() || e.getAsJsonArray().isEmpty()) {
            problems.add(path, "must be a non-empty list of " + what + ", got " + e);
            return null;
        }
        return e.getAsJsonArray();
    }

    String optionalText(JsonElement e, String path) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!isText(e)) {
            problems.add(path, "must be a text, got " + e);
            return null;
        }
        return e.getAsString();
    }

    void unknownMembers(JsonObject o, List<String> known, String prefix, String what) {
        for (String key : o.keySet()) {
            if (!known.contains(key)) {
                problems.add(prefix + key, "unknown field for " + what + Suggestions.hint(key, known));
            }
        }
    }

    /** The pattern an objective must match, for the JSON Schema. */
    static String objectivePattern() {
        return OBJECTIVE.pattern();
    }

    static boolean isText(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    static boolean isNumber(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    static boolean isFlag(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean();
    }

    static boolean isWhole(JsonElement e) {
        try {
            BigDecimal d = ((JsonPrimitive) e).getAsBigDecimal();
            return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
        } catch (NumberFormatException ex) {
            return false;
        }
    }
}
