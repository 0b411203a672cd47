package org.matforge.predictors.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Prediction;
import org.matforge.commons.testdata.SharedData;
import org.matforge.predictors.internal.FeaturizedTable;
import org.matforge.predictors.lib.ensemble.EnsembleSettings;
import org.matforge.predictors.lib.ensemble.EnsembleTraining;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.predictors.lib.ensemble.SigmaCalibration;
import org.matforge.commons.nn.Randoms;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.task.TaskContext;

/**
 * Matbench protocol on matbench_expt_gap with composition features (Magpie unless {@code featurizers=} names others)
 * and the MLP ensemble: for each of the five folds,
 * train on every row not in the published test fold ({@code matbench/folds/expt_gap/test{k}.csv}; without them,
 * KFold shuffle seed 18012019), predict the fold, report MAE per fold and their mean, then time training steps and
 * prediction throughput.
 * <p>
 * Args: {@code key=value} ensemble settings (see EnsembleSettings), plus {@code folds=0,1} to run a subset and
 * {@code timing=false} to skip the timings, {@code featurizers=magpie,stoichiometry} to choose the features.
 */
public final class PredictorBench {
    /** With one OpenMP thread, ND4J's CPU work runs on the calling thread: its CPU time is immune to other load. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private PredictorBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Object> params = new LinkedHashMap<>();
        List<Integer> folds = List.of(0, 1, 2, 3, 4);
        boolean timing = true;
        String featurizers = "magpie";
        Path variantsFile = null;
        for (String a : args) {
            String[] kv = a.split("=", 2);
            switch (kv[0]) {
                case "folds" -> folds = Arrays.stream(kv[1].split(",")).map(Integer::valueOf).toList();
                case "timing" -> timing = Boolean.parseBoolean(kv[1]);
                case "featurizers" -> featurizers = kv[1];
                case "variants" -> variantsFile = Path.of(kv[1]);
                default -> params.put(kv[0], kv[1]);
            }
        }
        List<Map<String, Object>> variants = variantsFile == null ? List.of(params) : variants(variantsFile, params);
        long featurizeStart = System.nanoTime();
        FeaturizedTable all = FeaturizedTable.read("expt_gap", 0, featurizers);
        System.out.printf(Locale.ROOT, "featurized %d formulas (%s, %d features) in %.1f s; %d cores%n", all.formulas().size(),
                featurizers, all.features().columnCount(), (System.nanoTime() - featurizeStart) / 1e9,
                Runtime.getRuntime().availableProcessors());
        List<int[]> testFolds = testFolds(all);
        PredictionTask task = new PredictionTask("expt-gap-mlp", "band_gap", "eV", false, List.of(featurizers.split(",")), Map.of());
        for (Map<String, Object> variant : variants) {
            EnsembleSettings s = EnsembleSettings.DEFAULTS.with(Parameters.of(variant));
            System.out.printf(Locale.ROOT, "settings: %s%n", s);
            double maeSum = 0;
            double cpuSum = 0;
            MlpEnsemble last = null;
            FeaturizedTable lastTest = null;
            for (int k : folds) {
                int[] test = testFolds.get(k);
                Set<Integer> held = new HashSet<>();
                Arrays.stream(test).forEach(held::add);
                int[] train = java.util.stream.IntStream.range(0, all.formulas().size()).filter(r -> !held.contains(r)).toArray();
                FeaturizedTable trainRows = all.rows(train);
                FeaturizedTable testRows = all.rows(test);
                long start = System.nanoTime();
                long processStart = processCpuNanos();
                long threadStart = CPU.getCurrentThreadCpuTime();
                MlpEnsemble model = EnsembleTraining.train(trainRows.features(), trainRows.targets(), task, s, printing(start));
                double seconds = (System.nanoTime() - start) / 1e9;
                double processCpu = (processCpuNanos() - processStart) / 1e9;
                double threadCpu = (CPU.getCurrentThreadCpuTime() - threadStart) / 1e9;
                cpuSum += processCpu;
                Prediction[] p = model.predict(testRows.features(), TaskContext.unobserved());
                double mae = 0;
                double std = 0;
                double[] errors = new double[p.length];
                double[] sigmas = new double[p.length];
                for (int i = 0; i < p.length; i++) {
                    double error = Math.abs(p[i].mean() - testRows.targets()[i]);
                    errors[i] = error;
                    sigmas[i] = p[i].std();
                    mae += error;
                    std += p[i].std();
                }
                mae /= p.length;
                maeSum += mae;
                Map<String, Double> metrics = model.metadata().metrics();
                System.out.printf(Locale.ROOT, "fold %d: train %d, test %d, MAE %.4f eV, mean std %.3f, validation MAE %.4f "
                        + "(members' mean; ensemble %.4f), best epoch %.0f, trained in %.1f s wall, %.1f CPU-s (process; "
                        + "calling thread %.1f), load %s%n", k, train.length, test.length, mae, std / p.length,
                        metrics.get("validation_mae"), metrics.getOrDefault("validation_ensemble_mae", Double.NaN),
                        metrics.get("best_epoch_mean") + 1, seconds, processCpu, threadCpu, loadAverage());
                System.out.printf(Locale.ROOT, "fold %d uncertainty: |error| ≤ σ for %.1f %%, ≤ 2σ for %.1f %% (a Gaussian: 68.3, 95.4); "
                        + "Spearman ρ(σ, |error|) %.3f; MAE of the 10 %% most certain %.4f eV, of the 10 %% least certain %.4f eV%n", k,
                        100 * SigmaCalibration.coverage(testRows.targets(), p, 1), 100 * SigmaCalibration.coverage(testRows.targets(), p, 2), spearman(sigmas, errors), decileMae(sigmas, errors, false),
                        decileMae(sigmas, errors, true));
                last = model;
                lastTest = testRows;
            }
            System.out.printf(Locale.ROOT, "mean MAE over %d folds: %.4f eV; training %.1f CPU-s per fold, %.1f CPU-s in all; "
                    + "resident %s%n", folds.size(), maeSum / folds.size(), cpuSum / folds.size(), cpuSum, resident());
            if (timing && last != null) {
                time(all, s, last, lastTest);
            }
        }
    }

    /** @return one parameter map per non-blank, non-# line of {@code file} ({@code key=value} words), over {@code base} */
    private static List<Map<String, Object>> variants(Path file, Map<String, Object> base) throws IOException {
        List<Map<String, Object>> variants = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Map<String, Object> v = new LinkedHashMap<>(base);
            for (String word : line.trim().split("\\s+")) {
                String[] kv = word.split("=", 2);
                v.put(kv[0], kv[1]);
            }
            variants.add(v);
        }
        return variants;
    }

    /** @return CPU time of all of the JVM's threads (training, GC, JIT, ND4J's native threads) */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** @return current and peak resident memory of this JVM (VmRSS, VmHWM) */
    private static String resident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** @return Spearman's rank correlation (average ranks for ties) */
    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = Arrays.stream(ra).average().orElse(0);
        double mb = Arrays.stream(rb).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < ra.length; i++) {
            sab += (ra[i] - ma) * (rb[i] - mb);
            saa += (ra[i] - ma) * (ra[i] - ma);
            sbb += (rb[i] - mb) * (rb[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(v[x], v[y]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length;) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                r[order[k]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return r;
    }

    /** @return the MAE of the tenth of rows with the smallest (or largest) σ */
    private static double decileMae(double[] sigmas, double[] errors, boolean largest) {
        Integer[] order = new Integer[sigmas.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> largest ? Double.compare(sigmas[y], sigmas[x]) : Double.compare(sigmas[x], sigmas[y]));
        int n = Math.max(1, sigmas.length / 10);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += errors[order[i]];
        }
        return sum / n;
    }

    /** @return a context that prints the trainer's log lines (one per member) with the time since {@code start} */
    private static TaskContext printing(long start) {
        return new TaskContext() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public void log(String message) {
                System.out.printf(Locale.ROOT, "  %5.0f s  %s%n", (System.nanoTime() - start) / 1e9, message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** @return the test rows of each fold: the published folds if present, else KFold(5, shuffle, 18012019)-like */
    private static List<int[]> testFolds(FeaturizedTable all) throws IOException {
        Path dir = SharedData.root().resolve("matbench").resolve("folds").resolve("expt_gap");
        List<int[]> folds = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int r = 0; r < all.formulas().size(); r++) {
                index.putIfAbsent(all.formulas().get(r), r);
            }
            for (int fold = 0; fold < 5; fold++) {
                int k = fold;
                List<String> lines = Files.readAllLines(dir.resolve("test" + k + ".csv"));
                folds.add(lines.stream().skip(1).map(l -> l.substring(0, l.lastIndexOf(','))).map(f -> {
                    Integer r = index.get(f);
                    if (r == null) {
                        throw new IllegalStateException("fold " + k + " formula " + f + " is not in expt_gap.csv");
                    }
                    return r;
                }).mapToInt(Integer::intValue).toArray());
            }
            System.out.println("folds: published matbench folds from " + dir);
            return folds;
        }
        int[] order = Randoms.identity(all.formulas().size());
        Randoms.shuffle(order, new SplittableRandom(18012019));
        for (int k = 0; k < 5; k++) {
            int from = k * order.length / 5;
            folds.add(Arrays.copyOfRange(order, from, (k + 1) * order.length / 5));
        }
        System.out.println("folds: no published folds; shuffled 5-fold split, seed 18012019 (Java RNG, not sklearn's)");
        return folds;
    }

    /** Times one member's training steps (per batch) and the ensemble's prediction throughput. */
    private static void time(FeaturizedTable all, EnsembleSettings s, MlpEnsemble model, FeaturizedTable test) {
        PredictionTask task = new PredictionTask("timing", "band_gap", "eV", false, List.of("features"), Map.of());
        int rows = s.batch() * 200;
        int[] pick = Arrays.copyOf(Randoms.identity(all.formulas().size()), Math.min(rows, all.formulas().size()));
        FeaturizedTable sample = all.rows(pick);
        // 1 member, fixed epochs, no early stop: steps = epochs × batches per epoch
        for (int round = 0; round < 2; round++) {
            EnsembleSettings one = new EnsembleSettings(1, s.layers(), 5, 1000, s.batch(), s.learningRate(), s.l2(), 0.1,
                    s.loss(), s.transform(), s.seed(), s.targetMin(), s.targetMax(), s.decay(), s.decayPatience(), false,
                    s.activation(), "constant", 0, s.dropout(), s.weightDecay(), s.subsample(), 1, s.init(), 0);
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            EnsembleTraining.train(sample.features(), sample.targets(), task, one, TaskContext.unobserved());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            int steps = 5 * (int) Math.ceil((pick.length - Math.round(pick.length * 0.1)) / (double) s.batch());
            System.out.printf(Locale.ROOT, "%s training: %d steps of batch %d in %.2f s wall, %.2f s CPU: %.2f ms wall, "
                    + "%.2f ms CPU per step (incl. per-epoch validation)%n", round == 0 ? "warm-up" : "timed", steps, s.batch(),
                    seconds, cpu, 1000 * seconds / steps, 1000 * cpu / steps);
        }
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            model.predict(test.features(), TaskContext.unobserved());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "prediction: %d rows × %d members in %.3f s wall (%.0f rows/s), %.3f s CPU "
                    + "(%.0f rows/s per core)%n", test.features().rowCount(), model.size(), seconds,
                    test.features().rowCount() / seconds, cpu, test.features().rowCount() / cpu);
        }
    }
}
