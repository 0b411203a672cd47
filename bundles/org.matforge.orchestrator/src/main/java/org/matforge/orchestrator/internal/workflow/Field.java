package org.matforge.orchestrator.internal.workflow;

import java.util.List;

import org.matforge.api.plugin.PluginKind;

/**
 * One field a step type accepts.
 *
 * @param name     the JSON member name
 * @param kind     what value it holds
 * @param required whether the step must give it
 * @param artefact for references: the artefact type expected; for model files: the kind of model the file must hold;
 *                 otherwise null
 * @param plugin   for plug-in references: the plug-in kind; otherwise null
 * @param choices  for {@link Kind#CHOICE}: the allowed values
 */
public record Field(String name, Kind kind, boolean required, ArtefactType artefact, PluginKind plugin, List<String> choices) {
    /** What a field holds. */
    public enum Kind {
        /** a string */
        TEXT,
        /** one of {@link Field#choices()} */
        CHOICE,
        /** a number */
        NUMBER,
        /** a whole number */
        INTEGER,
        /** true or false */
        FLAG,
        /** a list of strings */
        TEXT_LIST,
        /** the name of an earlier step whose artefact has type {@link Field#artefact()} */
        REF,
        /** the name of an earlier step giving a table or a feature matrix */
        REF_DATA,
        /** a list of such names */
        REF_LIST,
        /** a plug-in reference: an id or {"id", "version", "filter"} */
        PLUGIN,
        /** a list of plug-in references */
        PLUGIN_LIST,
        /** a JSON object of plug-in parameters, with {@code {"$formulas": "<step>"}} references allowed in values */
        PARAMETERS,
        /** a list of screen entries: an id or {"id", "version", "filter", "parameters", "keepUnknown"} */
        SCREENS,
        /** a property condition {"target", "min", "max"} */
        CONDITION,
        /** the path of a MatForge model file ({@code .mfm}) holding a model of kind {@link Field#artefact()} */
        MODEL_FILE
    }

    static Field text(String name, boolean required) {
        return new Field(name, Kind.TEXT, required, null, null, List.of());
    }

    static Field choice(String name, String... choices) {
        return new Field(name, Kind.CHOICE, false, null, null, List.of(choices));
    }

    static Field number(String name) {
        return new Field(name, Kind.NUMBER, false, null, null, List.of());
    }

    static Field integer(String name, boolean required) {
        return new Field(name, Kind.INTEGER, required, null, null, List.of());
    }

    static Field flag(String name) {
        return new Field(name, Kind.FLAG, false, null, null, List.of());
    }

    static Field texts(String name, boolean required) {
        return new Field(name, Kind.TEXT_LIST, required, null, null, List.of());
    }

    static Field ref(String name, ArtefactType type, boolean required) {
        return new Field(name, Kind.REF, required, type, null, List.of());
    }

    static Field data(String name) {
        return new Field(name, Kind.REF_DATA, false, null, null, List.of());
    }

    static Field refs(String name, ArtefactType type) {
        return new Field(name, Kind.REF_LIST, true, type, null, List.of());
    }

    static Field plugin(String name, PluginKind kind) {
        return plugin(name, kind, true);
    }

    static Field plugin(String name, PluginKind kind, boolean required) {
        return new Field(name, Kind.PLUGIN, required, null, kind, List.of());
    }

    static Field plugins(String name, PluginKind kind) {
        return new Field(name, Kind.PLUGIN_LIST, true, null, kind, List.of());
    }

    static Field parameters() {
        return new Field("parameters", Kind.PARAMETERS, false, null, null, List.of());
    }

    static Field screens() {
        return new Field("screens", Kind.SCREENS, true, null, PluginKind.SCREEN, List.of());
    }

    static Field condition(String name) {
        return new Field(name, Kind.CONDITION, false, null, null, List.of());
    }

    static Field modelFile(String name, ArtefactType holds) {
        return new Field(name, Kind.MODEL_FILE, false, holds, PluginKind.MODEL_LOADER, List.of());
    }
}
