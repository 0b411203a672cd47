package org.matforge.orchestrator.internal.engine.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.matforge.api.data.Parameters;
import org.matforge.spi.optimizer.Observation;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.task.TaskContext;

/**
 * A simulated campaign over a {@link MeasuredPool}: a few random initial experiments, then rounds in which the
 * optimizer chooses a batch among the points not measured yet and their measured values are revealed, until the
 * budget is spent; then the batch it would propose next, and what its model learnt about the parameters.
 */
final class PoolCampaign {
    /**
     * One experiment.
     *
     * @param number 1-based order
     * @param round  0 for the random initial experiments, else the optimizer's round
     * @param point  index into the pool
     * @param value  the revealed measurement
     */
    record Experiment(int number, int round, int point, double value) {
    }

    /**
     * What the campaign did.
     *
     * @param experiments  in order
     * @param next         pool indices of the batch it proposes next (empty when the pool is used up)
     * @param lengthScales the optimizer's length scale per parameter at the end (empty when it has none)
     */
    record Outcome(List<Experiment> experiments, List<Integer> next, Map<String, Double> lengthScales) {
    }

    private PoolCampaign() {
    }

    /**
     * @param parameters the optimizer's options (its goal already set)
     * @param budget     experiments in all, at most the pool's size
     * @param seed       seeds the initial draw and every round (round r uses a seed drawn from it)
     */
    static Outcome run(MeasuredPool pool, Optimizer optimizer, Parameters parameters, int initial, int budget, int batch, long seed,
            TaskContext context) {
        int n = Math.min(budget, pool.size());
        Random random = new Random(seed);
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            remaining.add(i);
        }
        List<Experiment> done = new ArrayList<>();
        for (int i = 0; i < Math.min(initial, n); i++) {
            int point = remaining.remove(random.nextInt(remaining.size()));
            done.add(new Experiment(done.size() + 1, 0, point, pool.values()[point]));
        }
        int round = 0;
        while (done.size() < n) {
            context.checkCancelled();
            context.progress((double) done.size() / n, done.size() + " of " + n + " experiments");
            round++;
            int q = Math.min(batch, n - done.size());
            TaskContext share = within(context, (double) done.size() / n, (double) (done.size() + q) / n);
            for (int chosen : choose(pool, optimizer, parameters, done, remaining, q, random.nextLong(), share)) {
                done.add(new Experiment(done.size() + 1, round, chosen, pool.values()[chosen]));
            }
        }
        TaskContext last = within(context, 1, 1);
        List<Integer> next = remaining.size() >= batch ? choose(pool, optimizer, parameters, done, remaining, batch, random.nextLong(), last) : List.of();
        Map<String, Double> scales = optimizer.lengthScales(pool.space(), observations(pool, done), seed, parameters, last);
        context.progress(1, n + " experiments");
        return new Outcome(done, next, scales);
    }

    /** @return the chosen pool indices, removed from {@code remaining} */
    private static List<Integer> choose(MeasuredPool pool, Optimizer optimizer, Parameters parameters, List<Experiment> done,
            List<Integer> remaining, int q, long seed, TaskContext context) {
        List<double[]> candidates = remaining.stream().map(pool.points()::get).toList();
        int[] picked = optimizer.choose(pool.space(), observations(pool, done), candidates, q, seed, parameters, context);
        List<Integer> points = new ArrayList<>();
        for (int p : picked) {
            if (p < 0 || p >= candidates.size() || points.contains(remaining.get(p))) {
                throw new IllegalStateException("the optimizer chose candidate " + p + " of " + candidates.size() + " (out of range or twice)");
            }
            points.add(remaining.get(p));
        }
        remaining.removeAll(points);
        return points;
    }

    /** @return the context with the optimizer's progress fractions mapped into [from, to] of the campaign */
    private static TaskContext within(TaskContext outer, double from, double to) {
        return new TaskContext() {
            @Override
            public void progress(double fraction, String message) {
                outer.progress(from + (to - from) * (Double.isNaN(fraction) ? 0 : fraction), message);
            }

            @Override
            public void log(String message) {
                outer.log(message);
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }

    private static List<Observation> observations(MeasuredPool pool, List<Experiment> done) {
        return done.stream().map(e -> new Observation(pool.points().get(e.point()), e.value())).toList();
    }
}
