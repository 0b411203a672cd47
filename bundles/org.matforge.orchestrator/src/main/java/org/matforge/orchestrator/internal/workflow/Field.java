package org.matforge.orchestrator.internal.workflow;

import java.util.List;

import org.matforge.api.plugin.PluginKind;

/**
 * One field a step type accepts, declared once: what it holds, whether it is required, its default and its range.
 * Validation ({@link WorkflowParser}), the steps' getters ({@link Step}), the JSON Schema and the schema document
 * ({@link WorkflowSchema}) all read it from here.
 *
 * @param name         the JSON member name
 * @param kind         what value it holds
 * @param required     whether the step must give it
 * @param artefact     for references: the artefact type expected; for model files: the kind of model the file must
 *                     hold; otherwise null
 * @param plugin       for plug-in references: the plug-in kind; otherwise null
 * @param choices      for {@link Kind#CHOICE}: the allowed values
 * @param range        for {@link Kind#NUMBER} and {@link Kind#INTEGER}: the allowed values, or null for any
 * @param defaultValue the value a step without the field gets (a String, Number or Boolean), or null
 * @param about        what the field means (and, for a default that depends on the run, what it is), for the
 *                     schema document and editors
 */
public record Field(String name, Kind kind, boolean required, ArtefactType artefact, PluginKind plugin, List<String> choices,
        Range range, Object defaultValue, String about) {
    /** What a field holds. */
    public enum Kind {
        /** a string */
        TEXT("text"),
        /** one of {@link Field#choices()} */
        CHOICE("choice"),
        /** a number */
        NUMBER("number"),
        /** a whole number */
        INTEGER("whole number"),
        /** true or false */
        FLAG("true/false"),
        /** a list of strings */
        TEXT_LIST("list of texts"),
        /** a list of objectives {@code "<property>:max"} or {@code "<property>:min"} */
        OBJECTIVES("list of objectives"),
        /** the name of an earlier step whose artefact has type {@link Field#artefact()} */
        REF("step name"),
        /** the name of an earlier step giving a table or a feature matrix */
        REF_DATA("step name"),
        /** the name of an earlier step giving a candidate set or a table */
        REF_ROWS("step name"),
        /** a list of names of earlier steps whose artefacts have type {@link Field#artefact()} */
        REF_LIST("list of step names"),
        /** a plug-in reference: an id or {"id", "version", "filter"} */
        PLUGIN("plug-in"),
        /** a list of plug-in references */
        PLUGIN_LIST("list of plug-ins"),
        /** a JSON object of plug-in parameters, with {@code {"$formulas": "<step>"}} references allowed in values */
        PARAMETERS("object"),
        /** a list of screen entries: an id or {"id", "version", "filter", "parameters", "keepUnknown"} */
        SCREENS("list of screens"),
        /** a property condition {"target", "min", "max"} */
        CONDITION("condition"),
        /** the path of a MatForge model file ({@code .mfm}) holding a model of kind {@link Field#artefact()} */
        MODEL_FILE("path"),
        /** the path of a data file the step reads (relative to the workflow file's folder); replaced by its real path once checked */
        DATA_FILE("path"),
        /** a design space: the path of a space document (as {@link #DATA_FILE}) or the document itself inline */
        SPACE("path or space document");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return how the schema document names the kind */
        public String label() {
            return label;
        }
    }

    /** Copies the choices. */
    public Field {
        choices = List.copyOf(choices);
        about = about == null ? "" : about;
    }

    private Field(String name, Kind kind, boolean required, ArtefactType artefact, PluginKind plugin) {
        this(name, kind, required, artefact, plugin, List.of(), null, null, "");
    }

    /** @return this field with the range {@code r} */
    Field range(Range r) {
        return new Field(name, kind, required, artefact, plugin, choices, r, defaultValue, about);
    }

    /** @return this field with the default {@code value} */
    Field byDefault(Object value) {
        return new Field(name, kind, required, artefact, plugin, choices, range, value, about);
    }

    /** @return this field with its meaning */
    Field about(String text) {
        return new Field(name, kind, required, artefact, plugin, choices, range, defaultValue, text);
    }

    static Field text(String name, boolean required) {
        return new Field(name, Kind.TEXT, required, null, null);
    }

    static Field choice(String name, String... choices) {
        return new Field(name, Kind.CHOICE, false, null, null, List.of(choices), null, null, "");
    }

    static Field number(String name) {
        return new Field(name, Kind.NUMBER, false, null, null);
    }

    static Field integer(String name, boolean required) {
        return new Field(name, Kind.INTEGER, required, null, null);
    }

    static Field flag(String name) {
        return new Field(name, Kind.FLAG, false, null, null).byDefault(false);
    }

    static Field texts(String name, boolean required) {
        return new Field(name, Kind.TEXT_LIST, required, null, null);
    }

    static Field objectives(String name) {
        return new Field(name, Kind.OBJECTIVES, true, null, null);
    }

    static Field ref(String name, ArtefactType type, boolean required) {
        return new Field(name, Kind.REF, required, type, null);
    }

    static Field data(String name) {
        return new Field(name, Kind.REF_DATA, false, null, null);
    }

    static Field rows(String name) {
        return new Field(name, Kind.REF_ROWS, true, null, null);
    }

    static Field refs(String name, ArtefactType type) {
        return refs(name, type, true);
    }

    static Field refs(String name, ArtefactType type, boolean required) {
        return new Field(name, Kind.REF_LIST, required, type, null);
    }

    static Field plugin(String name, PluginKind kind) {
        return plugin(name, kind, true);
    }

    static Field plugin(String name, PluginKind kind, boolean required) {
        return new Field(name, Kind.PLUGIN, required, null, kind);
    }

    static Field plugins(String name, PluginKind kind) {
        return new Field(name, Kind.PLUGIN_LIST, true, null, kind);
    }

    static Field parameters() {
        return new Field("parameters", Kind.PARAMETERS, false, null, null);
    }

    static Field screens() {
        return new Field("screens", Kind.SCREENS, true, null, PluginKind.SCREEN);
    }

    static Field condition(String name) {
        return new Field(name, Kind.CONDITION, false, null, null);
    }

    static Field dataFile(String name, boolean required) {
        return new Field(name, Kind.DATA_FILE, required, null, null);
    }

    static Field space(String name) {
        return new Field(name, Kind.SPACE, true, null, null);
    }

    static Field modelFile(String name, ArtefactType holds) {
        return new Field(name, Kind.MODEL_FILE, false, holds, PluginKind.MODEL_LOADER);
    }
}
