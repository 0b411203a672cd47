package org.matforge.optimizer.lib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.matforge.optimizer.lib.acquisition.Acquisition;
import org.matforge.optimizer.lib.space.SearchSpace;

/**
 * Proposes the next experiments: fits the surrogate to what was measured, scores candidates with the acquisition
 * and picks the best; a batch (q > 1) by the kriging believer (each pick is added as if measured at its predicted
 * mean, the model updated with fixed hyper-parameters, the next picked) or, for Thompson sampling, one draw per
 * pick. Keeps its surrogate between calls so that hyper-parameters are refitted only every
 * {@link BoSettings#refitEvery()} proposals.
 */
public final class BayesianOptimizer {
    private final BoSettings settings;
    private final Supplier<Surrogate> models;
    private Surrogate surrogate;
    private int sinceFit;

    /** @param settings how to propose */
    public BayesianOptimizer(BoSettings settings) {
        this(settings, () -> settings.surrogate().create(settings.restarts()));
    }

    /**
     * @param settings how to propose
     * @param models   makes a new, unfitted surrogate (for a surrogate that is not built in, e.g. a predictor plug-in)
     */
    public BayesianOptimizer(BoSettings settings, Supplier<Surrogate> models) {
        this.settings = settings;
        this.models = models;
    }

    /** @return the settings */
    public BoSettings settings() {
        return settings;
    }

    /** @return the surrogate of the last proposal (null before one, or for random) */
    public Surrogate surrogate() {
        return surrogate;
    }

    /**
     * @param space    the design space
     * @param xs       measured points (in the space)
     * @param ys       their values
     * @param q        how many to propose
     * @param seed     random seed
     * @return q points of the space, none equal to a measured one where the space is discrete
     */
    public List<double[]> propose(SearchSpace space, List<double[]> xs, double[] ys, int q, long seed) {
        Random random = new Random(seed);
        List<double[]> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        xs.forEach(x -> seen.add(Arrays.toString(x)));
        for (int i = 0; i < settings.candidates(); i++) {
            candidates.add(space.random(random));
        }
        List<Integer> best = bestIndices(ys, 5);
        for (int b : best) {
            for (double scale : new double[] {0.02, 0.08, 0.2}) {
                for (int i = 0; i < settings.candidates() / 30; i++) {
                    candidates.add(space.perturb(xs.get(b), scale, random));
                }
            }
        }
        List<double[]> fresh = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (double[] c : candidates) {
            String key = Arrays.toString(c);
            if (!seen.contains(key) && kept.add(key)) {
                fresh.add(c);
            }
        }
        if (fresh.size() < q) {
            throw new IllegalArgumentException("the search space has only " + fresh.size() + " unmeasured points left; asked for " + q);
        }
        int[] picked = choose(space, xs, ys, fresh, q, random);
        List<double[]> out = new ArrayList<>();
        for (int p : picked) {
            out.add(fresh.get(p));
        }
        return out;
    }

    /**
     * Pool mode: choose among given candidates (a measured pool, generated compositions).
     *
     * @return indices into {@code pool} of q distinct candidates
     */
    public int[] proposeFromPool(SearchSpace space, List<double[]> xs, double[] ys, List<double[]> pool, int q, long seed) {
        if (pool.size() < q) {
            throw new IllegalArgumentException("the pool has " + pool.size() + " candidates; asked for " + q);
        }
        return choose(space, xs, ys, pool, q, new Random(seed));
    }

    private int[] choose(SearchSpace space, List<double[]> xs, double[] ys, List<double[]> candidates, int q, Random random) {
        int m = candidates.size();
        if (settings.surrogate() == SurrogateKind.RANDOM || xs.size() < 2) {
            return randomDistinct(m, q, random);
        }
        boolean fitted = surrogate != null;
        if (!fitted) {
            surrogate = models.get();
        }
        if (xs.size() < surrogate.minimumObservations()) {
            surrogate = null;
            return randomDistinct(m, q, random);
        }
        double[][] x = space.encodeAll(xs);
        double[][] c = space.encodeAll(candidates);
        if (!fitted || sinceFit + 1 >= settings.refitEvery() || sinceFit < 0) {
            surrogate.fit(x, ys, random);
            sinceFit = 0;
        } else {
            surrogate.update(x, ys, random);
            sinceFit++;
        }
        boolean max = settings.maximise();
        double incumbent = ys[0];
        for (double y : ys) {
            incumbent = max ? Math.max(incumbent, y) : Math.min(incumbent, y);
        }
        double weight = settings.acquisition() == Acquisition.EI ? settings.weight() * standardDeviation(ys) : settings.weight();
        int[] picked = new int[q];
        boolean[] taken = new boolean[m];
        List<double[]> believedX = new ArrayList<>(Arrays.asList(x));
        double[] believedY = ys.clone();
        Surrogate model = surrogate;
        for (int j = 0; j < q; j++) {
            double[] score = scores(model, c, incumbent, weight, random);
            int best = -1;
            for (int i = 0; i < m; i++) {
                if (!taken[i] && (best < 0 || score[i] > score[best])) {
                    best = i;
                }
            }
            picked[j] = best;
            taken[best] = true;
            if (j + 1 < q && settings.acquisition() != Acquisition.TS) {
                double believed = model.predict(new double[][] {c[best]}).mean()[0];
                believedX.add(c[best]);
                believedY = Arrays.copyOf(believedY, believedY.length + 1);
                believedY[believedY.length - 1] = believed;
                model = models.get();
                copyFit(model, believedX.toArray(new double[0][]), believedY, random);
            }
        }
        return picked;
    }

    private void copyFit(Surrogate fresh, double[][] x, double[] y, Random random) {
        if (surrogate instanceof org.matforge.optimizer.lib.gp.GpSurrogate gp && fresh instanceof org.matforge.optimizer.lib.gp.GpSurrogate g) {
            g.condition(x, y, gp.process().hyperparameters());
        } else {
            fresh.fit(x, y, random);
        }
    }

    private double[] scores(Surrogate model, double[][] c, double incumbent, double weight, Random random) {
        Acquisition a = settings.acquisition();
        double[] out = new double[c.length];
        if (a == Acquisition.TS) {
            double[] draw = model.sample(c, random);
            for (int i = 0; i < c.length; i++) {
                out[i] = a.score(draw[i], 0, incumbent, 0, settings.maximise());
            }
            return out;
        }
        Surrogate.Prediction p = model.predict(c);
        for (int i = 0; i < c.length; i++) {
            out[i] = a.score(p.mean()[i], p.sd()[i], incumbent, weight, settings.maximise());
        }
        return out;
    }

    private static double standardDeviation(double[] ys) {
        double m = java.util.Arrays.stream(ys).average().orElse(0);
        double s = 0;
        for (double y : ys) {
            s += (y - m) * (y - m);
        }
        return ys.length > 1 ? Math.sqrt(s / ys.length) : 1;
    }

    private List<Integer> bestIndices(double[] ys, int k) {
        Integer[] idx = new Integer[ys.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> settings.maximise() ? Double.compare(ys[b], ys[a]) : Double.compare(ys[a], ys[b]));
        return Arrays.asList(idx).subList(0, Math.min(k, idx.length));
    }

    private static int[] randomDistinct(int m, int q, Random random) {
        int[] perm = new int[m];
        for (int i = 0; i < m; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < q; i++) {
            int j = i + random.nextInt(m - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return Arrays.copyOf(perm, q);
    }
}
