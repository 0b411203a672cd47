package org.matforge.optimizer.lib.space;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A design space: variables (continuous, integer, categorical) and optional simplex constraints (named continuous
 * variables whose values sum to a total, e.g. fractions summing to 1). Points are encoded into the unit box for the
 * surrogates; categorical options one-hot.
 */
public final class SearchSpace {
    private static final double SIMPLEX_TOLERANCE = 1e-6;

    private final List<Variable> variables;
    private final List<Simplex> simplices;
    private final Map<String, Integer> index = new HashMap<>();

    /**
     * @param variables names  the variables in a fixed order
     * @param simplices        fraction groups, may be empty
     */
    public SearchSpace(List<Variable> variables, List<Simplex> simplices) {
        this.variables = List.copyOf(variables);
        this.simplices = List.copyOf(simplices);
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("a search space needs at least one variable");
        }
        for (int i = 0; i < variables.size(); i++) {
            if (index.put(variables.get(i).name(), i) != null) {
                throw new IllegalArgumentException("variable '" + variables.get(i).name() + "' is declared twice");
            }
        }
        for (Simplex s : simplices) {
            for (String n : s.names()) {
                Integer i = index.get(n);
                if (i == null || !(variables.get(i) instanceof Variable.Continuous)) {
                    throw new IllegalArgumentException("simplex constraint names '" + n + "', which is not a continuous variable of the space");
                }
            }
        }
    }

    /**
     * Fractions that sum to a total.
     *
     * @param names the variables
     * @param total their sum, e.g. 1
     */
    public record Simplex(List<String> names, double total) {
        /** Copies and checks. */
        public Simplex {
            names = List.copyOf(names);
            if (names.size() < 2 || !(total > 0)) {
                throw new IllegalArgumentException("a simplex constraint needs two or more variables and a total > 0");
            }
        }
    }

    /** @return the variables */
    public List<Variable> variables() {
        return variables;
    }

    /** @return the simplex constraints */
    public List<Simplex> simplices() {
        return simplices;
    }

    /** @return the number of variables */
    public int size() {
        return variables.size();
    }

    /** @return the position of a variable, or -1 */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    /** @return the number of unit-box inputs */
    public int encodedSize() {
        return variables.stream().mapToInt(Variable::width).sum();
    }

    /** @return per unit-box input, the name of its variable (categorical: name=option) */
    public List<String> encodedNames() {
        List<String> out = new ArrayList<>();
        for (Variable v : variables) {
            if (v instanceof Variable.Categorical c) {
                c.options().forEach(o -> out.add(c.name() + "=" + o));
            } else {
                out.add(v.name());
            }
        }
        return out;
    }

    /** @return the point in the unit box */
    public double[] encode(double[] point) {
        double[] out = new double[encodedSize()];
        int k = 0;
        for (int i = 0; i < variables.size(); i++) {
            Variable v = variables.get(i);
            if (v instanceof Variable.Continuous c) {
                out[k++] = (point[i] - c.lower()) / (c.upper() - c.lower());
            } else if (v instanceof Variable.Integer n) {
                out[k++] = (point[i] - n.lower()) / (double) (n.upper() - n.lower());
            } else {
                int w = v.width();
                out[k + (int) point[i]] = 1;
                k += w;
            }
        }
        return out;
    }

    /** @return every point encoded */
    public double[][] encodeAll(List<double[]> points) {
        double[][] out = new double[points.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = encode(points.get(i));
        }
        return out;
    }

    /** @return a uniformly random point of the space (uniform on each simplex) */
    public double[] random(Random random) {
        double[] p = new double[variables.size()];
        for (int i = 0; i < p.length; i++) {
            Variable v = variables.get(i);
            if (v instanceof Variable.Continuous c) {
                p[i] = c.lower() + random.nextDouble() * (c.upper() - c.lower());
            } else if (v instanceof Variable.Integer n) {
                p[i] = n.lower() + (long) Math.floor(random.nextDouble() * (n.upper() - n.lower() + 1));
            } else {
                p[i] = random.nextInt(v.width());
            }
        }
        for (Simplex s : simplices) {
            double sum = 0;
            double[] e = new double[s.names().size()];
            for (int j = 0; j < e.length; j++) {
                e[j] = -Math.log(1 - random.nextDouble());
                sum += e[j];
            }
            for (int j = 0; j < e.length; j++) {
                p[index.get(s.names().get(j))] = s.total() * e[j] / sum;
            }
        }
        return repair(p);
    }

    /** @return a point near the given one: Gaussian steps of {@code scale} in the unit box, categoricals changed with that probability */
    public double[] perturb(double[] point, double scale, Random random) {
        double[] p = point.clone();
        for (int i = 0; i < p.length; i++) {
            Variable v = variables.get(i);
            if (v instanceof Variable.Continuous c) {
                p[i] += random.nextGaussian() * scale * (c.upper() - c.lower());
            } else if (v instanceof Variable.Integer n) {
                p[i] += random.nextGaussian() * scale * (n.upper() - n.lower());
            } else if (random.nextDouble() < scale) {
                p[i] = random.nextInt(v.width());
            }
        }
        return repair(p);
    }

    /** @return the point clipped to the bounds, integers rounded, simplices rescaled to their total */
    public double[] repair(double[] point) {
        double[] p = point.clone();
        for (int i = 0; i < p.length; i++) {
            Variable v = variables.get(i);
            if (v instanceof Variable.Continuous c) {
                p[i] = Math.min(c.upper(), Math.max(c.lower(), p[i]));
            } else if (v instanceof Variable.Integer n) {
                p[i] = Math.min(n.upper(), Math.max(n.lower(), Math.round(p[i])));
            }
        }
        for (Simplex s : simplices) {
            double sum = 0;
            for (String n : s.names()) {
                sum += p[index.get(n)];
            }
            for (String n : s.names()) {
                int i = index.get(n);
                p[i] = sum > 0 ? p[i] * s.total() / sum : s.total() / s.names().size();
            }
        }
        return p;
    }

    /** @return what is wrong with a point (named variable, value, allowed range), or empty when it lies in the space */
    public Optional<String> problem(double[] point) {
        if (point.length != variables.size()) {
            return Optional.of("expected " + variables.size() + " values, got " + point.length);
        }
        for (int i = 0; i < point.length; i++) {
            Variable v = variables.get(i);
            double x = point[i];
            if (!Double.isFinite(x)) {
                return Optional.of(v.name() + " is " + x);
            }
            if (v instanceof Variable.Continuous c && (x < c.lower() || x > c.upper())) {
                return Optional.of(v.name() + " = " + x + " is outside [" + c.lower() + ", " + c.upper() + "]");
            }
            if (v instanceof Variable.Integer n && (x != Math.rint(x) || x < n.lower() || x > n.upper())) {
                return Optional.of(v.name() + " = " + x + " is not a whole number in [" + n.lower() + ", " + n.upper() + "]");
            }
            if (v instanceof Variable.Categorical c && (x != Math.rint(x) || x < 0 || x >= c.width())) {
                return Optional.of(v.name() + ": option index " + x + " is not one of " + c.options());
            }
        }
        for (Simplex s : simplices) {
            double sum = 0;
            for (String n : s.names()) {
                sum += point[index.get(n)];
            }
            if (Math.abs(sum - s.total()) > SIMPLEX_TOLERANCE * Math.max(1, s.total())) {
                return Optional.of(String.join(" + ", s.names()) + " = " + sum + ", must be " + s.total());
            }
        }
        return Optional.empty();
    }
}
