package org.matforge.optimizer.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.testdata.SharedData;
import org.matforge.featurizers.lib.MagpieFeaturizer;
import org.matforge.optimizer.lib.BoSettings;
import org.matforge.optimizer.lib.PoolSimulation;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.optimizer.lib.acquisition.Acquisition;
import org.matforge.optimizer.lib.space.SearchSpace;
import org.matforge.optimizer.lib.space.Variable;

/**
 * The composition campaign of issue 21 — a bench command, not a test: the 4,604 measured band gaps of matbench
 * expt_gap (repeats of a reduced formula averaged) as a pool, each compound described by its 132 Magpie features
 * (constant ones dropped); 50 random compounds measured first, then one at a time chosen by the optimiser; the target is
 * the compounds with the top 1 % largest gaps. Prints experiments needed to find 50 % and 100 % of them per method,
 * against the exact expectation of random picks. Run (docs/optimisation.md):
 * {@code java -cp ... org.matforge.optimizer.internal.bench.CompositionBench --seeds 5 --budget 1000 --methods random,gp-iso:ei}.
 */
public final class CompositionBench {
    private CompositionBench() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = 3, budget = 1000, refitEvery = 10, initial = 50;
        List<String> methods = List.of("random", "gp-iso:ei", "random-forest:ei");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
            case "--seeds" -> seeds = Integer.parseInt(args[i + 1]);
            case "--budget" -> budget = Integer.parseInt(args[i + 1]);
            case "--refit-every" -> refitEvery = Integer.parseInt(args[i + 1]);
            case "--methods" -> methods = List.of(args[i + 1].split(","));
            default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PoolSimulation pool = load();
        double half = Math.ceil(pool.topCount() / 2.0);
        System.out.printf(Locale.ROOT, "expt_gap pool: %d compounds, top 1 %% = %d; random (expected): %.1f for 50 %%, %.1f for 100 %%%n",
                pool.poolSize(), pool.topCount(), half * (pool.poolSize() + 1) / (pool.topCount() + 1),
                pool.topCount() * (pool.poolSize() + 1.0) / (pool.topCount() + 1));
        System.out.println("| method | experiments for 50 % (per seed) | for 100 % (per seed) | top found at budget | CPU s |");
        System.out.println("|---|---|---|---|---|");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String method : methods) {
            String[] parts = method.split(":");
            Acquisition a = Acquisition.of(parts.length > 1 ? parts[1] : "ei");
            BoSettings settings = new BoSettings(SurrogateKind.of(parts[0]), a, BoSettings.defaultWeight(a), true, 2, refitEvery, 1);
            List<String> halfs = new ArrayList<>(), alls = new ArrayList<>(), atBudget = new ArrayList<>();
            long t0 = mx.getCurrentThreadCpuTime();
            for (int seed = 0; seed < seeds; seed++) {
                int[] found = pool.run(settings, initial, budget, 1000 + seed);
                halfs.add(first(found, half));
                alls.add(first(found, pool.topCount()));
                atBudget.add(Integer.toString(found[found.length - 1]));
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.0f |%n", method, String.join(", ", halfs), String.join(", ", alls),
                    String.join(", ", atBudget), (mx.getCurrentThreadCpuTime() - t0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "seeds %d, budget %d (50 random first), refit every %d; load average at end %.1f%n", seeds, budget, refitEvery,
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

    /** @return expt_gap as a pool: Magpie features (non-constant ones), mean gap per reduced formula, top 1 % */
    static PoolSimulation load() throws Exception {
        List<String> lines = Files.readAllLines(SharedData.matbench().resolve("expt_gap.csv"));
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Composition> compositions = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.lastIndexOf(',');
            Composition c = Composition.parse(line.substring(0, comma));
            String key = c.reducedFormula();
            double[] s = sums.computeIfAbsent(key, k -> new double[2]);
            s[0] += Double.parseDouble(line.substring(comma + 1));
            s[1]++;
            compositions.putIfAbsent(key, c);
        }
        MagpieFeaturizer magpie = new MagpieFeaturizer(ElementTable.load());
        int d = magpie.labels().size();
        List<double[]> raw = new ArrayList<>();
        for (Composition c : compositions.values()) {
            double[] f = new double[d];
            magpie.featurize(c, f, 0);
            raw.add(f);
        }
        List<Integer> kept = new ArrayList<>();
        List<Variable> vars = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double[] f : raw) {
                if (Double.isFinite(f[k])) {
                    lo = Math.min(lo, f[k]);
                    hi = Math.max(hi, f[k]);
                }
            }
            if (hi > lo) {
                kept.add(k);
                vars.add(new Variable.Continuous(magpie.labels().get(k), lo, hi));
            }
        }
        List<double[]> points = new ArrayList<>();
        for (double[] f : raw) {
            double[] p = new double[kept.size()];
            for (int j = 0; j < p.length; j++) {
                double v = f[kept.get(j)];
                p[j] = Double.isFinite(v) ? v : ((Variable.Continuous) vars.get(j)).lower();
            }
            points.add(p);
        }
        double[] values = sums.values().stream().mapToDouble(s -> s[0] / s[1]).toArray();
        return new PoolSimulation(new SearchSpace(vars, List.of()), points, values, true, 0.01);
    }
}
