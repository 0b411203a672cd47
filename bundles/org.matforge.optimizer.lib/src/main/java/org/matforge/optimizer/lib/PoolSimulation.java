package org.matforge.optimizer.lib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.matforge.optimizer.lib.space.SearchSpace;

/**
 * The pool-based benchmark protocol of Liang et al., npj Comput Mater 7, 188 (2021): a measured pool (repeats of
 * the same point averaged); a few random initial experiments; each next experiment chosen from the unmeasured pool
 * and its measured value revealed; the target set is the best {@code topShare} of the pool.
 */
public final class PoolSimulation {
    private final SearchSpace space;
    private final List<double[]> pool;
    private final double[] values;
    private final boolean maximise;
    private final boolean[] top;
    private final int topCount;

    /**
     * @param space    the space the pool's points lie in
     * @param points   measured points, repeats allowed (averaged here)
     * @param measured their measured values
     * @param maximise goal direction
     * @param topShare share of the (deduplicated) pool that counts as a top candidate, e.g. 0.05 (rounded up)
     */
    public PoolSimulation(SearchSpace space, List<double[]> points, double[] measured, boolean maximise, double topShare) {
        this.space = space;
        this.maximise = maximise;
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, double[]> firstPoint = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            String key = Arrays.toString(points.get(i));
            sums.computeIfAbsent(key, k -> new double[2]);
            sums.get(key)[0] += measured[i];
            sums.get(key)[1]++;
            firstPoint.putIfAbsent(key, points.get(i));
        }
        pool = new ArrayList<>(firstPoint.values());
        values = sums.values().stream().mapToDouble(s -> s[0] / s[1]).toArray();
        topCount = Math.max(1, (int) Math.ceil(topShare * values.length - 1e-9));
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> maximise ? Double.compare(values[b], values[a]) : Double.compare(values[a], values[b]));
        top = new boolean[values.length];
        for (int i = 0; i < topCount; i++) {
            top[order[i]] = true;
        }
    }

    /** @return the pool's size after averaging repeats */
    public int poolSize() {
        return values.length;
    }

    /** @return how many pool points are top candidates */
    public int topCount() {
        return topCount;
    }

    /**
     * Runs one campaign.
     *
     * @param settings the optimiser (goal direction is this simulation's)
     * @param initial  random initial experiments
     * @param budget   experiments in all (initial included), at most the pool size
     * @param seed     seed of the initial draw and of the optimiser
     * @return after each experiment n (index n − 1), how many top candidates were found; the campaign stops when all
     *         are found, and the rest of the array holds that count
     */
    public int[] run(BoSettings settings, int initial, int budget, long seed) {
        return run(settings, () -> settings.surrogate().create(settings.restarts()), initial, budget, seed);
    }

    /** As {@link #run(BoSettings, int, int, long)} with a surrogate that is not built in (e.g. the mlp-ensemble predictor). */
    public int[] run(BoSettings settings, Supplier<Surrogate> models, int initial, int budget, long seed) {
        int n = Math.min(budget, values.length);
        Random random = new Random(seed);
        BayesianOptimizer optimizer = new BayesianOptimizer(new BoSettings(settings.surrogate(), settings.acquisition(), settings.weight(), maximise,
                settings.restarts(), settings.refitEvery(), settings.candidates()), models);
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            remaining.add(i);
        }
        List<double[]> xs = new ArrayList<>();
        double[] ys = new double[n];
        int[] found = new int[n];
        int count = 0;
        for (int step = 0; step < n; step++) {
            int choice;
            if (step < initial) {
                choice = random.nextInt(remaining.size());
            } else {
                List<double[]> candidates = new ArrayList<>(remaining.size());
                remaining.forEach(i -> candidates.add(pool.get(i)));
                choice = optimizer.proposeFromPool(space, xs, Arrays.copyOf(ys, step), candidates, 1, random.nextLong())[0];
            }
            int row = remaining.remove(choice);
            xs.add(pool.get(row));
            ys[step] = values[row];
            count += top[row] ? 1 : 0;
            found[step] = count;
            if (count == topCount) {
                Arrays.fill(found, step, n, count);
                break;
            }
        }
        return found;
    }
}
