package org.matforge.optimizer.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.matforge.optimizer.internal.SynthesisPools;
import org.matforge.optimizer.internal.TrainerSurrogate;
import org.matforge.optimizer.lib.BoSettings;
import org.matforge.optimizer.lib.PoolSimulation;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.optimizer.lib.acquisition.Acquisition;
import org.matforge.predictors.lib.ensemble.MlpEnsembleTrainer;

/**
 * The pool benchmark of the library's PoolBench (Liang et al. 2021: 2 random initial experiments, top 5 %, seeds
 * 1000 + s) for the mlp-ensemble surrogate, which lives in a predictor plug-in and so cannot run in the library's
 * bench — a bench command, not a test. With fewer than 12 experiments the ensemble cannot be trained and proposals are
 * random. Run (docs/optimisation.md):
 * {@code java -cp ... org.matforge.optimizer.internal.bench.EnsembleBench --datasets agnp --seeds 3 --budget 80}.
 */
public final class EnsembleBench {
    private EnsembleBench() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = 3, budget = 80;
        List<String> datasets = List.of("agnp");
        String acquisition = "ei";
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
            case "--seeds" -> seeds = Integer.parseInt(args[i + 1]);
            case "--budget" -> budget = Integer.parseInt(args[i + 1]);
            case "--datasets" -> datasets = List.of(args[i + 1].split(","));
            case "--acquisition" -> acquisition = args[i + 1];
            default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        MlpEnsembleTrainer trainer = new MlpEnsembleTrainer();
        Acquisition a = Acquisition.of(acquisition);
        BoSettings settings = new BoSettings(SurrogateKind.MLP_ENSEMBLE, a, BoSettings.defaultWeight(a), true, 1, 1, 1);
        System.out.println("| dataset (pool, top 5 %) | method | n for 50 % (per seed) | n for 100 % (per seed) | random (expected) 50 % / 100 % | CPU s |");
        System.out.println("|---|---|---|---|---|---|");
        for (String name : datasets) {
            PoolSimulation pool = SynthesisPools.load(name);
            double half = Math.ceil(pool.topCount() / 2.0);
            List<String> halfs = new ArrayList<>(), alls = new ArrayList<>();
            long t0 = mx.getCurrentThreadCpuTime();
            for (int seed = 0; seed < seeds; seed++) {
                int[] found = pool.run(settings, () -> new TrainerSurrogate(trainer, TrainerSurrogate.SMALL_ENSEMBLE), 2, budget, 1000 + seed);
                halfs.add(first(found, half));
                alls.add(first(found, pool.topCount()));
            }
            System.out.printf(Locale.ROOT, "| %s (%d, %d) | mlp-ensemble:%s | %s | %s | %.1f / %.1f | %.0f |%n", name, pool.poolSize(), pool.topCount(),
                    acquisition, String.join(", ", halfs), String.join(", ", alls), half * (pool.poolSize() + 1) / (pool.topCount() + 1),
                    pool.topCount() * (pool.poolSize() + 1.0) / (pool.topCount() + 1), (mx.getCurrentThreadCpuTime() - t0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "seeds %d, budget %d; load average at end %.1f%n", seeds, budget,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String first(int[] found, double count) {
        for (int k = 0; k < found.length; k++) {
            if (found[k] >= count) {
                return Integer.toString(k + 1);
            }
        }
        return "> " + found.length;
    }
}
