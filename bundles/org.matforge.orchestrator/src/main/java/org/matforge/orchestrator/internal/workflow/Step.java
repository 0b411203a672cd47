package org.matforge.orchestrator.internal.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One validated workflow step. Its options are read from the step's JSON object, which the parser has checked
 * against the step type's {@link StepSpec} (types, ranges, references), so the getters here do not validate again;
 * an option the step does not give has the default its {@link Field} declares.
 *
 * @param index   position in {@code steps}
 * @param name    the step's name, also the name of the artefact it produces
 * @param type    what it does
 * @param json    the step's object in the document
 * @param inputs  artefact names this step reads, by field (e.g. {@code input → clean})
 * @param plugins plug-ins this step resolves, in field order
 * @param seed    the step's random seed (its own {@code seed}, else derived from the workflow's)
 * @param files   model files this step reads, by field, as validation found them
 */
public record Step(int index, String name, StepType type, JsonObject json, Map<String, String> inputs,
        List<PluginRef> plugins, long seed, Map<String, ModelFile> files) {

    /** Copies the file map. */
    public Step {
        files = Map.copyOf(files);
    }

    /** A step that reads no model file. */
    public Step(int index, String name, StepType type, JsonObject json, Map<String, String> inputs, List<PluginRef> plugins, long seed) {
        this(index, name, type, json, inputs, plugins, seed, Map.of());
    }

    /** @return the document path of this step, e.g. {@code steps[2]} */
    public String path() {
        return "steps[" + index + "]";
    }

    /** @return a text option, if given */
    public Optional<String> optionalText(String field) {
        JsonElement e = json.get(field);
        return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsString());
    }

    /** @return the spec of this step's type */
    public StepSpec spec() {
        return StepSpecs.of(type);
    }

    /** @return the default the spec declares for {@code field} */
    private Object declaredDefault(String field) {
        Field f = spec().field(field).orElseThrow(() -> new IllegalArgumentException("a " + type.id() + " step has no field " + field));
        if (f.defaultValue() == null) {
            throw new IllegalArgumentException("field " + field + " of a " + type.id() + " step declares no default");
        }
        return f.defaultValue();
    }

    /** @return a text option, or the default its field declares */
    public String text(String field) {
        return optionalText(field).orElseGet(() -> (String) declaredDefault(field));
    }

    /** @return a number option, or the default its field declares */
    public double number(String field) {
        return number(field, ((Number) declaredDefault(field)).doubleValue());
    }

    /** @return a whole-number option, or the default its field declares */
    public long integer(String field) {
        return integer(field, ((Number) declaredDefault(field)).longValue());
    }

    /** @return a boolean option, or the default its field declares */
    public boolean flag(String field) {
        return flag(field, (Boolean) declaredDefault(field));
    }

    /** @return a text option or a default that depends on the run (e.g. the table's formula column) */
    public String text(String field, String fallback) {
        return optionalText(field).orElse(fallback);
    }

    private double number(String field, double fallback) {
        JsonElement e = json.get(field);
        return e == null || e.isJsonNull() ? fallback : e.getAsDouble();
    }

    /** @return a whole-number option or a default that depends on the run */
    public long integer(String field, long fallback) {
        JsonElement e = json.get(field);
        return e == null || e.isJsonNull() ? fallback : e.getAsLong();
    }

    private boolean flag(String field, boolean fallback) {
        JsonElement e = json.get(field);
        return e == null || e.isJsonNull() ? fallback : e.getAsBoolean();
    }

    /** @return an object option, empty object when absent */
    public JsonObject object(String field) {
        JsonElement e = json.get(field);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    /** @return an array option, empty when absent */
    public JsonArray array(String field) {
        JsonElement e = json.get(field);
        return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
    }

    /** @return the model file named by {@code field}, when the step has one */
    public Optional<ModelFile> file(String field) {
        return Optional.ofNullable(files.get(field));
    }

    /** @return the artefact name read through {@code field} */
    public String input(String field) {
        return inputs.get(field);
    }

    /** @return the plug-in references whose path ends with {@code field} or {@code field[i]…} */
    public List<PluginRef> plugins(String field) {
        String prefix = path() + "." + field;
        return plugins.stream().filter(p -> p.path().equals(prefix) || p.path().startsWith(prefix + "[")).toList();
    }

    /** @return the single plug-in referenced by {@code field} */
    public PluginRef plugin(String field) {
        return plugins(field).get(0);
    }
}
