package org.matforge.optimizer.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.matforge.optimizer.lib.acquisition.Acquisition;
import org.matforge.optimizer.lib.space.SearchSpace;
import org.matforge.optimizer.lib.space.Variable;

/** BO against random search on the standard test functions, over fixed seeds (minimisation). */
class BayesianOptimizerTest {
    private static final double BRANIN_MIN = 0.397887, HARTMANN6_MIN = -3.32237;
    private static final double[][] HA = {{10, 3, 17, 3.5, 1.7, 8}, {0.05, 10, 17, 0.1, 8, 14}, {3, 3.5, 1.7, 10, 17, 8}, {17, 8, 0.05, 10, 0.1, 14}};
    private static final double[][] HP = {{0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886}, {0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991},
            {0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650}, {0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381}};
    private static final double[] HALPHA = {1.0, 1.2, 3.0, 3.2};

    static double branin(double[] x) {
        double a = 1, b = 5.1 / (4 * Math.PI * Math.PI), c = 5 / Math.PI, r = 6, s = 10, t = 1 / (8 * Math.PI);
        return a * Math.pow(x[1] - b * x[0] * x[0] + c * x[0] - r, 2) + s * (1 - t) * Math.cos(x[0]) + s;
    }

    static double hartmann6(double[] x) {
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            double e = 0;
            for (int j = 0; j < 6; j++) {
                e += HA[i][j] * Math.pow(x[j] - HP[i][j], 2);
            }
            sum += HALPHA[i] * Math.exp(-e);
        }
        return -sum;
    }

    @Test
    void theTestFunctionsHaveTheirKnownMinima() {
        assertEquals(BRANIN_MIN, branin(new double[] {Math.PI, 2.275}), 1e-5);
        assertEquals(HARTMANN6_MIN, hartmann6(new double[] {0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573}), 1e-4);
    }

    @Test
    void gpArdWithEiBeatsRandomOnBranin() {
        SearchSpace space = new SearchSpace(List.of(new Variable.Continuous("x1", -5, 10), new Variable.Continuous("x2", 0, 15)), List.of());
        double bo = meanBestRegret(space, BayesianOptimizerTest::branin, BRANIN_MIN, BoSettings.defaults(false), 5, 25, 4);
        double random = meanBestRegret(space, BayesianOptimizerTest::branin, BRANIN_MIN, BoSettings.defaults(false).with(SurrogateKind.RANDOM), 5, 25, 4);
        assertTrue(bo < random / 3, "mean regret after 30 evaluations: BO " + bo + ", random " + random);
        assertTrue(bo < 0.2, "BO gets near Branin's minimum, regret " + bo);
    }

    @Test
    void gpArdBeatsRandomOnHartmann6AndABatchProposesDistinctPoints() {
        List<Variable> vars = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            vars.add(new Variable.Continuous("x" + i, 0, 1));
        }
        SearchSpace space = new SearchSpace(vars, List.of());
        BoSettings settings = new BoSettings(SurrogateKind.GP_ARD, Acquisition.EI, 0.01, false, 2, 1, 1500);
        double bo = meanBestRegret(space, BayesianOptimizerTest::hartmann6, HARTMANN6_MIN, settings, 10, 40, 3);
        double random = meanBestRegret(space, BayesianOptimizerTest::hartmann6, HARTMANN6_MIN, settings.with(SurrogateKind.RANDOM), 10, 40, 3);
        assertTrue(bo < random * 0.6, "mean regret after 50 evaluations: BO " + bo + ", random " + random);

        Random random0 = new Random(2);
        List<double[]> xs = new ArrayList<>();
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            xs.add(space.random(random0));
            ys[i] = hartmann6(xs.get(i));
        }
        List<double[]> batch = new BayesianOptimizer(settings).propose(space, xs, ys, 4, 3);
        Set<String> distinct = new HashSet<>();
        batch.forEach(p -> distinct.add(java.util.Arrays.toString(p)));
        assertEquals(4, distinct.size(), "the kriging believer spreads a batch");
    }

    private static double meanBestRegret(SearchSpace space, ToDoubleFunction<double[]> f, double min, BoSettings settings, int initial, int steps, int seeds) {
        double sum = 0;
        for (int seed = 0; seed < seeds; seed++) {
            Random random = new Random(100 + seed);
            List<double[]> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < initial; i++) {
                xs.add(space.random(random));
                ys.add(f.applyAsDouble(xs.get(i)));
            }
            BayesianOptimizer optimizer = new BayesianOptimizer(settings);
            for (int s = 0; s < steps; s++) {
                double[] next = optimizer.propose(space, xs, ys.stream().mapToDouble(Double::doubleValue).toArray(), 1, random.nextLong()).get(0);
                xs.add(next);
                ys.add(f.applyAsDouble(next));
            }
            sum += ys.stream().mapToDouble(Double::doubleValue).min().getAsDouble() - min;
        }
        return sum / seeds;
    }
}
