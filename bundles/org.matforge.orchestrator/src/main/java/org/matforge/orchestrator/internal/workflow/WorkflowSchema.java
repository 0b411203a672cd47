package org.matforge.orchestrator.internal.workflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The JSON Schema (draft 2020-12) of workflow documents and the step-field tables of docs/workflows.md, both
 * generated from the {@link StepSpecs}, so editors, the schema document and validation cannot drift apart. The
 * schema checks what a single document can show (types, required fields, ranges, choices, unknown fields); the
 * orchestrator's validation also checks references between steps and the installed plug-ins.
 */
public final class WorkflowSchema {
    /** The JSON Schema dialect. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** Where the committed schema lives in the source tree. */
    public static final String FILE = "docs/workflow.schema.json";

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final String NON_BLANK = "\\S";

    private WorkflowSchema() {
    }

    /** @return the schema as formatted JSON text, ending with a newline */
    public static String json() {
        return PRETTY.toJson(schema()) + "\n";
    }

    /** @return the schema */
    public static JsonObject schema() {
        JsonObject root = new JsonObject();
        root.addProperty("$schema", DIALECT);
        root.addProperty("$id", "https://matforge.org/schemas/workflow-" + WorkflowParser.SCHEMA + ".schema.json");
        root.addProperty("title", "MatForge workflow (schema " + WorkflowParser.SCHEMA + ")");
        root.addProperty("description", "A discovery workflow (docs/workflows.md). Generated from the orchestrator's step specs"
                + " (StepSpecs) by WorkflowSchemaTest; do not edit by hand.");
        root.addProperty("type", "object");
        root.add("required", strings(List.of("schema", "name", "steps")));
        root.addProperty("additionalProperties", false);
        JsonObject top = new JsonObject();
        top.add("schema", with(new JsonObject(), "const", new JsonPrimitive(WorkflowParser.SCHEMA)));
        top.add("name", ref("name"));
        top.add("description", type("string"));
        top.add("seed", with(type("integer"), "description", new JsonPrimitive("the workflow's seed; steps without their own derive theirs from it")));
        JsonObject steps = type("array");
        steps.addProperty("minItems", 1);
        steps.add("items", ref("step"));
        top.add("steps", steps);
        top.add("spark", spark());
        root.add("properties", top);
        root.add("$defs", defs());
        return root;
    }

    private static JsonObject defs() {
        JsonObject defs = new JsonObject();
        defs.add("name", with(type("string"), "pattern", new JsonPrimitive("^" + WorkflowParser.NAME.pattern() + "$")));
        defs.add("text", nonBlank());
        defs.add("plugin-ref", plugin(List.of()));
        defs.add("screen-ref", plugin(List.of("parameters", "keepUnknown")));
        defs.add("condition", condition());
        defs.add("space", space());
        JsonObject step = type("object");
        step.add("required", strings(List.of("name", "type")));
        JsonObject common = new JsonObject();
        common.add("name", ref("name"));
        common.add("type", with(new JsonObject(), "enum", strings(StepType.ids())));
        common.add("seed", type("integer"));
        step.add("properties", common);
        JsonArray cases = new JsonArray();
        for (StepSpec spec : StepSpecs.all()) {
            JsonObject isType = new JsonObject();
            JsonObject typeConst = new JsonObject();
            typeConst.add("type", with(new JsonObject(), "const", new JsonPrimitive(spec.type().id())));
            isType.add("properties", typeConst);
            isType.add("required", strings(List.of("type")));
            JsonObject branch = new JsonObject();
            branch.add("if", isType);
            branch.add("then", ref(spec.type().id() + "-step"));
            cases.add(branch);
        }
        step.add("allOf", cases);
        defs.add("step", step);
        for (StepSpec spec : StepSpecs.all()) {
            defs.add(spec.type().id() + "-step", stepSchema(spec));
        }
        return defs;
    }

    private static JsonObject stepSchema(StepSpec spec) {
        JsonObject s = type("object");
        s.addProperty("description", spec.type().description());
        JsonArray required = strings(List.of("name", "type"));
        JsonObject properties = new JsonObject();
        properties.add("name", ref("name"));
        properties.add("type", with(new JsonObject(), "const", new JsonPrimitive(spec.type().id())));
        properties.add("seed", type("integer"));
        for (Field f : spec.fields()) {
            properties.add(f.name(), field(f));
            if (f.required()) {
                required.add(f.name());
            }
        }
        s.add("required", required);
        s.add("properties", properties);
        s.addProperty("additionalProperties", false);
        if (!spec.exactlyOne().isEmpty()) {
            JsonArray oneOf = new JsonArray();
            spec.exactlyOne().forEach(name -> oneOf.add(with(new JsonObject(), "required", strings(List.of(name)))));
            s.add("oneOf", oneOf);
        }
        return s;
    }

    private static JsonObject field(Field f) {
        JsonObject s = switch (f.kind()) {
            case TEXT, MODEL_FILE, DATA_FILE -> nonBlank();
            case CHOICE -> with(new JsonObject(), "enum", strings(f.choices()));
            case NUMBER -> type("number");
            case INTEGER -> type("integer");
            case FLAG -> type("boolean");
            case TEXT_LIST -> list(ref("text"));
            case OBJECTIVES -> list(with(type("string"), "pattern", new JsonPrimitive("^" + StepShape.objectivePattern() + "$")));
            case REF, REF_DATA, REF_ROWS -> type("string");
            case REF_LIST -> list(type("string"));
            case PLUGIN -> ref("plugin-ref");
            case PLUGIN_LIST -> list(ref("plugin-ref"));
            case PARAMETERS -> type("object");
            case SCREENS -> list(ref("screen-ref"));
            case CONDITION -> ref("condition");
            case SPACE -> ref("space");
        };
        if (f.range() != null) {
            Range r = f.range();
            if (r.min() != null) {
                s.add(r.minExclusive() ? "exclusiveMinimum" : "minimum", number(r.min()));
            }
            if (r.max() != null) {
                s.add("maximum", number(r.max()));
            }
        }
        if (f.defaultValue() != null) {
            s.add("default", PRETTY.toJsonTree(f.defaultValue()));
        }
        if (!f.about().isEmpty()) {
            s.addProperty("description", f.about());
        }
        return s;
    }

    private static JsonPrimitive number(BigDecimal d) {
        BigDecimal plain = d.stripTrailingZeros();
        return new JsonPrimitive(plain.scale() <= 0 ? (Number) plain.longValueExact() : (Number) plain.doubleValue());
    }

    private static JsonObject plugin(List<String> extra) {
        JsonObject object = type("object");
        object.add("required", strings(List.of("id")));
        JsonObject properties = new JsonObject();
        properties.add("id", ref("text"));
        properties.add("version", with(type("string"), "description", new JsonPrimitive("an OSGi version range on the providing bundle")));
        properties.add("filter", with(type("string"), "description", new JsonPrimitive("an LDAP filter over the service properties")));
        if (extra.contains("parameters")) {
            properties.add("parameters", type("object"));
            properties.add("keepUnknown", type("boolean"));
        }
        object.add("properties", properties);
        object.addProperty("additionalProperties", false);
        JsonArray oneOf = new JsonArray();
        oneOf.add(ref("text"));
        oneOf.add(object);
        return with(new JsonObject(), "oneOf", oneOf);
    }

    /** The {@code spark} section ({@link SparkSection}); which steps may form its chain is checked by the parser only. */
    private static JsonObject spark() {
        JsonObject o = type("object");
        o.addProperty("description", "hand a chain of steps (a sample step, then screen and predict steps) to the Spark job as one job");
        o.add("required", strings(List.of("steps", "jar")));
        o.addProperty("additionalProperties", false);
        JsonObject p = new JsonObject();
        JsonObject steps = list(ref("name"));
        steps.addProperty("minItems", 1);
        p.add("steps", steps);
        p.add("master", with(ref("text"), "default", new JsonPrimitive(SparkSection.DEFAULT_MASTER)));
        p.add("jar", with(ref("text"), "description", new JsonPrimitive("the job jar, e.g. spark/target/matforge-spark.jar")));
        JsonObject memory = with(type("string"), "pattern", new JsonPrimitive("^[1-9][0-9]*[kmgtKMGT]?$"));
        p.add("executorMemory", memory);
        p.add("driverMemory", memory);
        JsonObject positive = with(type("integer"), "minimum", new JsonPrimitive(1));
        p.add("executorCores", positive);
        p.add("partitions", positive);
        JsonObject conf = type("object");
        conf.add("propertyNames", with(type("string"), "pattern", new JsonPrimitive("^spark\\.")));
        conf.add("additionalProperties", with(new JsonObject(), "type", strings(List.of("string", "number", "boolean"))));
        p.add("conf", conf);
        o.add("properties", p);
        return o;
    }

    /** A space document's path, or the document (the Olympus format of docs/optimisation.md). */
    private static JsonObject space() {
        JsonObject parameter = type("object");
        parameter.add("required", strings(List.of("name", "type")));
        JsonObject p = new JsonObject();
        p.add("name", ref("text"));
        p.add("type", with(new JsonObject(), "enum", strings(List.of("continuous", "integer", "discrete", "categorical"))));
        p.add("low", type("number"));
        p.add("high", type("number"));
        p.add("options", list(type("string")));
        parameter.add("properties", p);
        JsonObject document = type("object");
        document.add("required", strings(List.of("parameters")));
        JsonObject d = new JsonObject();
        d.add("parameters", list(parameter));
        d.add("measurement", ref("text"));
        d.add("goal", with(new JsonObject(), "enum", strings(List.of("maximize", "maximise", "max", "minimize", "minimise", "min"))));
        d.add("constraints", with(new JsonObject(), "enum", strings(List.of("none", "simplex"))));
        d.add("simplex", list(list(type("string"))));
        document.add("properties", d);
        JsonArray oneOf = new JsonArray();
        oneOf.add(nonBlank());
        oneOf.add(document);
        return with(new JsonObject(), "oneOf", oneOf);
    }

    private static JsonObject condition() {
        JsonObject c = type("object");
        c.add("required", strings(List.of("target")));
        JsonObject properties = new JsonObject();
        properties.add("target", type("string"));
        properties.add("min", type("number"));
        properties.add("max", type("number"));
        c.add("properties", properties);
        c.addProperty("additionalProperties", false);
        JsonArray anyOf = new JsonArray();
        anyOf.add(with(new JsonObject(), "required", strings(List.of("min"))));
        anyOf.add(with(new JsonObject(), "required", strings(List.of("max"))));
        c.add("anyOf", anyOf);
        return c;
    }

    private static JsonObject list(JsonObject items) {
        JsonObject a = type("array");
        a.addProperty("minItems", 1);
        a.add("items", items);
        return a;
    }

    private static JsonObject nonBlank() {
        return with(type("string"), "pattern", new JsonPrimitive(NON_BLANK));
    }

    private static JsonObject type(String type) {
        return with(new JsonObject(), "type", new JsonPrimitive(type));
    }

    private static JsonObject ref(String def) {
        return with(new JsonObject(), "$ref", new JsonPrimitive("#/$defs/" + def));
    }

    private static JsonObject with(JsonObject o, String key, JsonElement value) {
        o.add(key, value);
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    /** @return the step-field tables of docs/workflows.md (Markdown), one per step type */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        for (StepSpec spec : StepSpecs.all()) {
            md.append("\n#### `").append(spec.type().id()).append("` → ").append(spec.type().output().label()).append("\n\n");
            md.append(spec.type().description());
            if (!spec.exactlyOne().isEmpty()) {
                md.append(" Exactly one of ").append(spec.exactlyOne().stream().map(n -> "`" + n + "`").collect(Collectors.joining(" and ")))
                        .append(".");
            }
            md.append("\n\n| field | type | required | default | range | meaning |\n|---|---|---|---|---|---|\n");
            for (Field f : spec.fields()) {
                md.append("| `").append(f.name()).append("` | ").append(typeText(f)).append(" | ").append(f.required() ? "yes" : "no")
                        .append(" | ").append(f.defaultValue() == null ? "—" : "`" + PRETTY.toJson(f.defaultValue()) + "`")
                        .append(" | ").append(f.range() == null ? "—" : f.range().interval())
                        .append(" | ").append(f.about().replace("|", "\\|")).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String typeText(Field f) {
        return switch (f.kind()) {
            case CHOICE -> "one of " + f.choices().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
            case REF, REF_LIST -> f.kind().label() + " (" + f.artefact().label() + ")";
            case REF_DATA -> "step name (table or feature matrix)";
            case REF_ROWS -> "step name (candidate set or table)";
            case PLUGIN, PLUGIN_LIST, SCREENS -> f.kind().label() + " (" + f.plugin().id() + ")";
            case MODEL_FILE -> "path (" + f.artefact().label() + " model file, `.mfm`)";
            default -> f.kind().label();
        };
    }
}
