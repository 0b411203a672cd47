package org.matforge.api.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matforge.api.text.DidYouMean;

/**
 * The parameters a plug-in reads, published so that a workflow or command is checked before anything runs: each
 * parameter's type, default, range and description ({@link ParameterSpec}). {@link #check(Parameters)} returns every
 * problem of a given {@link Parameters} map at once, including unknown keys with a did-you-mean, and the rules between
 * parameters ({@link #rule}); {@link #markdownTable()} documents the parameters.
 */
public final class ParameterSchema {
    /** Parameters not declared: anything is accepted here and the plug-in checks them itself when called. */
    public static final ParameterSchema UNDECLARED = new ParameterSchema(null, List.of());
    /** The plug-in takes no parameters. */
    public static final ParameterSchema NONE = new ParameterSchema(List.of(), List.of());

    private final List<ParameterSpec> parameters;
    private final List<Rule> rules;

    private ParameterSchema(List<ParameterSpec> parameters, List<Rule> rules) {
        this.parameters = parameters;
        this.rules = rules;
    }

    /** A check between parameters, reported at {@code parameter}. */
    private record Rule(String parameter, Function<Parameters, Optional<String>> check) {
    }

    /**
     * @return a schema of these parameters, in documentation order
     * @throws IllegalArgumentException when a name repeats
     */
    public static ParameterSchema of(ParameterSpec... parameters) {
        return of(Arrays.asList(parameters));
    }

    /** @see #of(ParameterSpec...) */
    public static ParameterSchema of(List<ParameterSpec> parameters) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        for (ParameterSpec p : parameters) {
            if (byName.put(p.name(), p) != null) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' is declared twice");
            }
        }
        return new ParameterSchema(List.copyOf(byName.values()), List.of());
    }

    /** @return this schema followed by {@code more} (e.g. parameters shared by several plug-ins) */
    public ParameterSchema plus(ParameterSpec... more) {
        List<ParameterSpec> all = new ArrayList<>(parameters());
        all.addAll(Arrays.asList(more));
        return new ParameterSchema(of(all).parameters, rules);
    }

    /**
     * @param parameter where a violation is reported, e.g. {@code batch}
     * @param check     given the values over the defaults ({@link #withDefaults}), what is wrong (e.g. {@code must be a
     *                  multiple of pack (4), got 30}), or empty; run only when every value is valid by itself
     * @return this schema with a rule between parameters
     */
    public ParameterSchema rule(String parameter, Function<Parameters, Optional<String>> check) {
        List<Rule> all = new ArrayList<>(rules);
        all.add(new Rule(parameter, check));
        return new ParameterSchema(parameters(), List.copyOf(all));
    }

    /** @return the declared defaults, overridden by {@code values} */
    public Parameters withDefaults(Parameters values) {
        Map<String, Object> all = new LinkedHashMap<>();
        parameters().stream().filter(p -> p.defaultValue() != null).forEach(p -> all.put(p.name(), p.defaultValue()));
        all.putAll(values.asMap());
        return Parameters.of(all);
    }

    /** @return whether the plug-in declared its parameters (false for {@link #UNDECLARED}) */
    public boolean declared() {
        return parameters != null;
    }

    /** @return the declared parameters, in documentation order; empty when none or undeclared */
    public List<ParameterSpec> parameters() {
        return parameters == null ? List.of() : parameters;
    }

    /** @return the parameter of that name */
    public Optional<ParameterSpec> parameter(String name) {
        return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * @param values the parameters given
     * @return every problem, in schema order then unknown keys in the order given; empty when the values are fine (and
     *         always for {@link #UNDECLARED})
     */
    public List<ParameterProblem> check(Parameters values) {
        return check(values, "this plug-in");
    }

    /**
     * @param values the parameters given
     * @param plugin how messages name the plug-in, e.g. {@code predictor-trainer 'mlp-ensemble'}
     * @return every problem, as {@link #check(Parameters)}
     */
    public List<ParameterProblem> check(Parameters values, String plugin) {
        if (!declared()) {
            return List.of();
        }
        Map<String, Object> given = values.asMap();
        List<ParameterProblem> problems = new ArrayList<>();
        for (ParameterSpec p : parameters) {
            Object v = given.get(p.name());
            if (v == null) {
                if (p.isRequired()) {
                    problems.add(new ParameterProblem(p.name(), "is required: " + p.description()));
                }
            } else {
                p.problem(v).ifPresent(m -> problems.add(new ParameterProblem(p.name(), m)));
            }
        }
        List<String> known = parameters.stream().map(ParameterSpec::name).toList();
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                problems.add(new ParameterProblem(key, unknown(key, known, plugin)));
            }
        }
        if (problems.isEmpty()) {
            Parameters all = withDefaults(values);
            rules.forEach(r -> r.check().apply(all).ifPresent(m -> problems.add(new ParameterProblem(r.parameter(), m))));
        }
        return problems;
    }

    /**
     * @param plugin the plug-in's id, for the message
     * @param values the parameters given
     * @return {@code values}
     * @throws IllegalArgumentException listing every problem ({@code gan: 'epochs' must be …; 'x' is not …})
     */
    public Parameters require(String plugin, Parameters values) {
        List<ParameterProblem> problems = check(values);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(plugin + ": " + problems.stream().map(ParameterProblem::toString).collect(Collectors.joining("; ")));
        }
        return values;
    }

    /**
     * @return a Markdown table of the parameters (name, type, default, range, description), one row each, for the
     *         documentation; tests compare it with the docs so that they cannot drift
     */
    public String markdownTable() {
        StringBuilder s = new StringBuilder("| parameter | type | default | range | description |\n|---|---|---|---|---|\n");
        for (ParameterSpec p : parameters()) {
            s.append("| `").append(p.name()).append("` | ").append(p.type().label().replace("one of", "choice")).append(" | ")
                    .append(p.defaultText()).append(" | ").append(p.rangeText()).append(" | ")
                    .append(p.description().replace("|", "\\|")).append(" |\n");
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return declared() ? parameters().stream().map(ParameterSpec::name).toList().toString() : "(undeclared)";
    }

    private static String unknown(String key, List<String> known, String plugin) {
        if (known.isEmpty()) {
            return "is not a parameter: " + plugin + " takes none";
        }
        return "is not a parameter of " + plugin + hint(key, known.stream().sorted().toList());
    }

    /** @return {@code " — did you mean 'x'? Known: a, b"}, or {@code " — known: a, b"} when none is close */
    static String hint(String typed, List<String> known) {
        Optional<String> close = DidYouMean.closest(typed, known);
        return close.map(c -> " — did you mean '" + c + "'? Known: ").orElse(" — known: ") + String.join(", ", known);
    }
}
