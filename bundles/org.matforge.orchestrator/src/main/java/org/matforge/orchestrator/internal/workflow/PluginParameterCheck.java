package org.matforge.orchestrator.internal.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.matforge.api.data.ParameterProblem;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.screen.Screen;

/**
 * Checks the parameters a workflow gives its plug-ins against the {@link ParameterSchema} each plug-in declares, before
 * anything runs: {@code steps[3].parameters.epochs: must be a whole number from 1 to 100000, got 1e12}. The values are
 * checked as the plug-in will receive them (numbers as written); a {@code $formulas} reference counts as a list of
 * formulas. A plug-in that is not registered, or declares no schema, is not checked here.
 */
public final class PluginParameterCheck {
    private PluginParameterCheck() {
    }

    /**
     * @return the problems of one plug-in's parameters, each at its path in the document
     * @param ref        the plug-in, for messages
     * @param schema     what it declares
     * @param parameters the step's parameters object for it
     * @param path       where that object is in the document, e.g. {@code steps[3].parameters}
     */
    public static List<WorkflowProblem> check(PluginRef ref, ParameterSchema schema, JsonObject parameters, String path) {
        List<WorkflowProblem> problems = new ArrayList<>();
        for (ParameterProblem p : schema.check(values(parameters), ref.kind().id() + " '" + ref.id() + "'")) {
            problems.add(new WorkflowProblem(path + "." + p.parameter(), p.message()));
        }
        return problems;
    }

    /** @return the service interface through which plug-ins of {@code kind} declare their parameters, empty when they take none */
    public static Optional<Class<?>> declaringType(PluginKind kind) {
        return Optional.ofNullable(switch (kind) {
            case DATA_SOURCE -> DataSource.class;
            case PREDICTOR_TRAINER -> PredictorTrainer.class;
            case GENERATOR_TRAINER -> GeneratorTrainer.class;
            case SCREEN -> Screen.class;
            case OPTIMIZER -> Optimizer.class;
            default -> null;
        });
    }

    /** @return the schema a plug-in service declares; {@link ParameterSchema#UNDECLARED} for kinds that take no parameters */
    public static ParameterSchema of(Object service) {
        if (service instanceof DataSource s) {
            return s.parameters();
        }
        if (service instanceof PredictorTrainer t) {
            return t.parameters();
        }
        if (service instanceof GeneratorTrainer t) {
            return t.parameters();
        }
        if (service instanceof Screen s) {
            return s.parameters();
        }
        if (service instanceof Optimizer o) {
            return o.parameters();
        }
        return ParameterSchema.UNDECLARED;
    }

    /** @return the values as the plug-in receives them; numbers keep the text they were written as, for messages */
    static Parameters values(JsonObject parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : parameters.entrySet()) {
            Object v = value(e.getValue());
            if (v != null) {
                values.put(e.getKey(), v);
            }
        }
        return Parameters.of(values);
    }

    private static Object value(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            return p.isBoolean() ? (Object) p.getAsBoolean() : p.isNumber() ? (Object) p.getAsNumber() : p.getAsString();
        }
        if (e.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            e.getAsJsonArray().forEach(item -> list.add(value(item)));
            return list;
        }
        JsonObject o = e.getAsJsonObject();
        if (o.has(WorkflowParser.FORMULAS)) {
            return List.of(WorkflowParser.FORMULAS + " " + o.get(WorkflowParser.FORMULAS));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        o.entrySet().forEach(m -> map.put(m.getKey(), value(m.getValue())));
        return map;
    }
}
