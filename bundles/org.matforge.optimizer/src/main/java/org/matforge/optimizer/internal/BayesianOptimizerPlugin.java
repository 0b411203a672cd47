package org.matforge.optimizer.internal;

import static org.matforge.api.data.ParameterSpec.choice;
import static org.matforge.api.data.ParameterSpec.integer;
import static org.matforge.api.data.ParameterSpec.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.optimizer.lib.BayesianOptimizer;
import org.matforge.optimizer.lib.BoSettings;
import org.matforge.optimizer.lib.Surrogate;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.optimizer.lib.acquisition.Acquisition;
import org.matforge.optimizer.lib.space.SearchSpace;
import org.matforge.optimizer.lib.space.Variable;
import org.matforge.spi.optimizer.Dimension;
import org.matforge.spi.optimizer.Observation;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.task.TaskContext;

/**
 * The {@link Optimizer} plug-in over {@link BayesianOptimizer}, one per surrogate: a box of continuous and integer
 * dimensions, proposals by the chosen acquisition, batches by kriging believer; in pool mode it scores the given
 * candidates, and it reports the fitted length scales of its surrogate.
 */
public final class BayesianOptimizerPlugin implements Optimizer {
    /** The parameters every optimiser of this bundle reads. */
    public static final ParameterSchema SCHEMA = ParameterSchema.of(
            choice("goal", "maximize", List.of("maximize", "minimize"), "whether larger or smaller observed values are better"),
            choice("acquisition", "ei", List.of("ei", "lcb", "ucb", "ts"),
                    "expected improvement, confidence bound (lower when minimising, upper when maximising) or Thompson sampling"),
            number("weight", 0, Double.POSITIVE_INFINITY, "ξ of EI in units of the observations' standard deviation (default 0.01) or κ of the bound (default 2)"),
            integer("restarts", 3, 1, 20, "starts of the marginal-likelihood maximisation (GP)"),
            integer("candidates", 2000, 10, 100_000, "random candidates scored per proposal"));

    private final SurrogateKind kind;
    private final IntFunction<Surrogate> models;

    /** @param kind the surrogate */
    public BayesianOptimizerPlugin(SurrogateKind kind) {
        this(kind, kind::create);
    }

    /**
     * @param kind   the surrogate's kind (its id names the plug-in)
     * @param models makes a new surrogate given the hyper-parameter restarts, for a kind that is not built into the
     *               library (mlp-ensemble)
     */
    public BayesianOptimizerPlugin(SurrogateKind kind, IntFunction<Surrogate> models) {
        this.kind = kind;
        this.models = models;
    }

    @Override
    public List<double[]> suggest(List<Dimension> space, List<Observation> observations, int count, long seed, Parameters parameters,
            TaskContext context) {
        Problem p = problem(space, observations, count, parameters);
        context.progress(0, "fitting " + kind.id() + " to " + p.ys().length + " observations");
        List<double[]> out = optimizer(p).propose(p.space(), p.xs(), p.ys(), count, seed);
        context.progress(1, "proposed " + out.size());
        return out;
    }

    @Override
    public int[] choose(List<Dimension> space, List<Observation> observations, List<double[]> pool, int count, long seed, Parameters parameters,
            TaskContext context) {
        Problem p = problem(space, observations, count, parameters);
        for (int i = 0; i < pool.size(); i++) {
            String problem = pool.get(i).length != space.size() ? "has " + pool.get(i).length + " values for " + space.size() + " dimensions"
                    : p.space().problem(pool.get(i)).orElse(null);
            if (problem != null) {
                throw new IllegalArgumentException(kind.id() + ": pool candidate " + (i + 1) + ": " + problem);
            }
        }
        context.progress(0, "fitting " + kind.id() + " to " + p.ys().length + " observations, scoring " + pool.size() + " candidates");
        int[] out = optimizer(p).proposeFromPool(p.space(), p.xs(), p.ys(), pool, count, seed);
        context.progress(1, "chose " + out.length);
        return out;
    }

    @Override
    public Map<String, Double> lengthScales(List<Dimension> space, List<Observation> observations, long seed, Parameters parameters,
            TaskContext context) {
        Problem p = problem(space, observations, 1, parameters);
        Surrogate model = kind == SurrogateKind.RANDOM ? null : models.apply(p.settings().restarts());
        if (model == null || p.ys().length < 2) {
            return Map.of();
        }
        model.fit(p.space().encodeAll(p.xs()), p.ys(), new Random(seed));
        double[] ls = model.lengthScales();
        if (ls == null) {
            return Map.of();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < space.size(); i++) {
            out.put(space.get(i).name(), ls.length == 1 ? ls[0] : ls[i]);
        }
        return out;
    }

    private BayesianOptimizer optimizer(Problem p) {
        return new BayesianOptimizer(p.settings(), () -> models.apply(p.settings().restarts()));
    }

    /** The checked inputs of one call. */
    private record Problem(SearchSpace space, List<double[]> xs, double[] ys, BoSettings settings) {
    }

    private Problem problem(List<Dimension> space, List<Observation> observations, int count, Parameters parameters) {
        Parameters p = SCHEMA.withDefaults(SCHEMA.require(kind.id(), parameters));
        if (count < 1) {
            throw new IllegalArgumentException(kind.id() + ": count must be ≥ 1, was " + count);
        }
        List<Variable> vars = new ArrayList<>();
        for (Dimension d : space) {
            vars.add(d.integer() ? new Variable.Integer(d.name(), (long) Math.ceil(d.lower()), (long) Math.floor(d.upper()))
                    : new Variable.Continuous(d.name(), d.lower(), d.upper()));
        }
        SearchSpace s = new SearchSpace(vars, List.of());
        List<double[]> xs = new ArrayList<>();
        double[] ys = new double[observations.size()];
        for (int i = 0; i < ys.length; i++) {
            Observation o = observations.get(i);
            String problem = o.x().length != space.size() ? "has " + o.x().length + " values for " + space.size() + " dimensions"
                    : s.problem(o.x()).orElse(null);
            if (problem != null || !Double.isFinite(o.value())) {
                throw new IllegalArgumentException(kind.id() + ": observation " + (i + 1) + ": " + (problem != null ? problem : "value is " + o.value()));
            }
            xs.add(o.x());
            ys[i] = o.value();
        }
        Acquisition a = Acquisition.of(p.string("acquisition").orElse("ei"));
        double weight = p.number("weight", BoSettings.defaultWeight(a));
        BoSettings settings = new BoSettings(kind, a, weight, p.string("goal").orElse("maximize").equals("maximize"),
                (int) p.integer("restarts", 3), 1, (int) p.integer("candidates", 2000));
        return new Problem(s, xs, ys, settings);
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }
}
