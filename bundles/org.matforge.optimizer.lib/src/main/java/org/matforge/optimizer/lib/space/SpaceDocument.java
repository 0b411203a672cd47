package org.matforge.optimizer.lib.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A design space written as JSON, the Olympus dataset format of {@code ../shared/data/synthesis/<name>.json}:
 * {@code {"parameters": [{"name": "T", "type": "continuous", "low": 20, "high": 90}, {"name": "n", "type": "integer",
 * "low": 1, "high": 6}, {"name": "halide", "type": "categorical", "options": ["Cl", "Br"]}], "measurement": "yield",
 * "goal": "maximize", "constraints": "simplex"}}. {@code "constraints": "simplex"} makes all continuous parameters
 * fractions summing to 1; {@code "simplex": [["a", "b", "c"]]} names the groups explicitly.
 *
 * @param space       the variables and constraints
 * @param measurement the objective's name
 * @param maximise    the goal
 */
public record SpaceDocument(SearchSpace space, String measurement, boolean maximise) {
    /**
     * @param json  the document
     * @param where what it is, for messages (a file name)
     * @return the parsed space
     * @throws IllegalArgumentException naming the place of what is wrong
     */
    public static SpaceDocument parse(String json, String where) {
        JsonElement e;
        try {
            e = JsonParser.parseString(json);
        } catch (JsonParseException bad) {
            throw new IllegalArgumentException(where + ": not valid JSON (" + bad.getMessage() + ")");
        }
        return parse(e, where);
    }

    /**
     * @param document the document, already parsed (e.g. given inline in a workflow)
     * @param where    what it is, for messages (a file name or a JSON path such as {@code steps[0].space})
     * @return the parsed space
     * @throws IllegalArgumentException naming the place of what is wrong
     */
    public static SpaceDocument parse(JsonElement document, String where) {
        if (!document.isJsonObject()) {
            throw new IllegalArgumentException(where + ": a space document is a JSON object");
        }
        JsonObject root = document.getAsJsonObject();
        try {
            JsonArray params = array(root, "parameters", where);
            List<Variable> vars = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                vars.add(variable(params.get(i), where + ": parameters[" + i + "]"));
            }
            List<SearchSpace.Simplex> simplices = new ArrayList<>();
            JsonElement c = root.get("constraints");
            if (c != null && c.isJsonPrimitive() && c.getAsString().equals("simplex")) {
                simplices.add(new SearchSpace.Simplex(vars.stream().filter(v -> v instanceof Variable.Continuous).map(Variable::name).toList(), 1));
            } else if (c != null && !(c.isJsonPrimitive() && c.getAsString().equals("none"))) {
                throw new IllegalArgumentException(where + ": constraints must be \"none\" or \"simplex\"");
            }
            if (root.has("simplex")) {
                JsonArray groups = array(root, "simplex", where);
                for (JsonElement g : groups) {
                    List<String> names = new ArrayList<>();
                    g.getAsJsonArray().forEach(n -> names.add(n.getAsString()));
                    simplices.add(new SearchSpace.Simplex(names, 1));
                }
            }
            String goal = root.has("goal") ? root.get("goal").getAsString().toLowerCase(Locale.ROOT) : "maximize";
            boolean maximise = switch (goal) {
            case "maximize", "maximise", "max" -> true;
            case "minimize", "minimise", "min" -> false;
            default -> throw new IllegalArgumentException(where + ": goal must be maximize or minimize, was '" + goal + "'");
            };
            String measurement = root.has("measurement") ? root.get("measurement").getAsString() : "objective";
            return new SpaceDocument(new SearchSpace(vars, simplices), measurement, maximise);
        } catch (IllegalStateException | UnsupportedOperationException | ClassCastException | NumberFormatException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(where) ? e : new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static Variable variable(JsonElement e, String where) {
        if (!e.isJsonObject()) {
            throw new IllegalArgumentException(where + " must be an object");
        }
        JsonObject o = e.getAsJsonObject();
        if (!o.has("name") || !o.has("type")) {
            throw new IllegalArgumentException(where + " needs a name and a type");
        }
        String name = o.get("name").getAsString();
        String type = o.get("type").getAsString();
        switch (type) {
        case "continuous":
            return new Variable.Continuous(name, number(o, "low", where), number(o, "high", where));
        case "integer":
        case "discrete":
            return new Variable.Integer(name, (long) number(o, "low", where), (long) number(o, "high", where));
        case "categorical":
            List<String> options = new ArrayList<>();
            array(o, "options", where).forEach(x -> options.add(x.getAsString()));
            return new Variable.Categorical(name, options);
        default:
            throw new IllegalArgumentException(where + ": type must be continuous, integer or categorical, was '" + type + "'");
        }
    }

    private static double number(JsonObject o, String key, String where) {
        if (!o.has(key) || !o.get(key).isJsonPrimitive() || !o.get(key).getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(where + "." + key + " must be a number");
        }
        return o.get(key).getAsDouble();
    }

    private static JsonArray array(JsonObject o, String key, String where) {
        if (!o.has(key) || !o.get(key).isJsonArray()) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be an array");
        }
        return o.getAsJsonArray(key);
    }

    /**
     * Parses a point given as text values in the variables' order (categorical options by name).
     *
     * @return the point
     * @throws IllegalArgumentException naming the variable
     */
    public static double[] point(SearchSpace space, List<String> values, String where) {
        if (values.size() != space.size()) {
            throw new IllegalArgumentException(where + ": expected " + space.size() + " values, got " + values.size());
        }
        double[] p = new double[space.size()];
        for (int i = 0; i < p.length; i++) {
            Variable v = space.variables().get(i);
            String s = values.get(i).trim();
            if (v instanceof Variable.Categorical c) {
                p[i] = c.options().indexOf(s);
                if (p[i] < 0) {
                    throw new IllegalArgumentException(where + ": " + v.name() + " = '" + s + "' is not one of " + c.options());
                }
            } else {
                try {
                    p[i] = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": " + v.name() + " = '" + s + "' is not a number");
                }
            }
        }
        return p;
    }

    /** @return the value of variable i of a point as text (the option's name for a categorical) */
    public static String text(SearchSpace space, double[] point, int i) {
        Variable v = space.variables().get(i);
        if (v instanceof Variable.Categorical c) {
            return c.options().get((int) point[i]);
        }
        if (v instanceof Variable.Integer) {
            return Long.toString((long) point[i]);
        }
        return Double.toString(point[i]);
    }
}
