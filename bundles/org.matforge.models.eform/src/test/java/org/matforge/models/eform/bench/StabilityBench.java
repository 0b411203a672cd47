package org.matforge.models.eform.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Prediction;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.commons.testdata.SharedData;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.predictors.lib.ensemble.EnsembleSettings;
import org.matforge.predictors.lib.ensemble.EnsembleTraining;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.task.TaskContext;
import org.matforge.stability.lib.ConvexHull;
import org.matforge.stability.lib.Phase;
import org.matforge.stability.lib.PhaseIndex;
import org.matforge.stability.lib.Phases;

/**
 * The formation-energy predictor and the stability classification it gives, after Bartel et al., npj Comput Mater 6,
 * 97 (2020). The Materials Project formation energies of matbench_mp_e_form are reduced to the lowest energy per
 * composition (95,118); {@code rows} of them (seeded sample; all with {@code rows=0}) are split into five folds. For
 * fold k the ensemble trains on the other four and predicts the fold. For each held-out compound the decomposition
 * energy ΔH_d = E − E_hull(every other known phase of its chemical system, MP energies) is computed from the MP energy
 * and from the predicted one; "stable" = ΔH_d ≤ 0 (on or below the hull of the others). Reports the MAE per fold and
 * accuracy, precision, recall, F1 and false-positive rate of the predicted "stable" label, with CPU time and load.
 * <p>
 * Args {@code key=value}: {@code rows} (default 20000), {@code folds} (default 0,1,2,3,4), {@code featurizers}, and any
 * mlp-ensemble parameter (defaults here: 2 members, layers 128,64, 15 epochs, patience 5, batch 256).
 */
public final class StabilityBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StabilityBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("members", "2", "layers", "128,64", "epochs", "15", "patience", "5", "batch", "256"));
        int rows = 20_000;
        List<Integer> folds = List.of(0, 1, 2, 3, 4);
        String featurizers = "magpie,stoichiometry,valence-orbital,ion-property";
        for (String a : args) {
            String[] kv = a.split("=", 2);
            switch (kv[0]) {
                case "rows" -> rows = Integer.parseInt(kv[1]);
                case "folds" -> folds = List.of(kv[1].split(",")).stream().map(Integer::valueOf).toList();
                case "featurizers" -> featurizers = kv[1];
                default -> params.put(kv[0], kv[1]);
            }
        }
        EnsembleSettings settings = EnsembleSettings.DEFAULTS.with(Parameters.of(params));
        System.out.printf(Locale.ROOT, "load at start: %s; %d cores; settings %s%n", load(), Runtime.getRuntime().availableProcessors(), settings);
        long cpu0 = CPU.getCurrentThreadCpuTime();
        SharedData.Table table = SharedData.table("mp_e_form");
        PhaseIndex index = PhaseIndex.of(Phases.of(table.formulas().toArray(String[]::new), table.targets(), "mp_e_form.csv"));
        ConvexHull hull = new ConvexHull(index);
        List<Phase> phases = new ArrayList<>(index.phases());
        shuffle(phases, new SplittableRandom(20200097));
        if (rows > 0 && rows < phases.size()) {
            phases = phases.subList(0, rows);
        }
        int n = phases.size();
        List<Composition> compositions = phases.stream().map(Phase::composition).toList();
        double[] energy = phases.stream().mapToDouble(Phase::energy).toArray();
        Map<String, Featurizer> standard = StandardFeaturizers.create(ElementTable.load());
        FeatureMatrix x = CompositeFeaturizer.of(featurizers, standard::get).featurizeAll(compositions, TaskContext.unobserved());
        double[] hullOfOthers = compositions.parallelStream().mapToDouble(c -> {
            Composition reduced = c.reduced();
            return hull.hullAt(c, p -> p.composition().reduced().equals(reduced)).energy();
        }).toArray();
        System.out.printf(Locale.ROOT, "%d of %d compositions, %d features; hulls of the other phases computed; CPU %.1f s (this thread)%n",
                n, index.size(), x.columnCount(), (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9);
        PredictionTask task = new PredictionTask("formation-energy", "formation_energy", "eV/atom", false, List.of(featurizers.split(",")), Map.of());
        Counts all = new Counts();
        double maeSum = 0;
        for (int k : folds) {
            int[] train = java.util.stream.IntStream.range(0, n).filter(r -> r % 5 != k).toArray();
            int[] test = java.util.stream.IntStream.range(0, n).filter(r -> r % 5 == k).toArray();
            long wall = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            MlpEnsemble model = EnsembleTraining.train(x.rows(train), pick(energy, train), task, settings, TaskContext.unobserved());
            Prediction[] p = model.predict(x.rows(test), TaskContext.unobserved());
            Counts fold = new Counts();
            double mae = 0;
            for (int i = 0; i < test.length; i++) {
                int r = test[i];
                mae += Math.abs(p[i].mean() - energy[r]);
                fold.add(energy[r] - hullOfOthers[r] <= 0, p[i].mean() - hullOfOthers[r] <= 0);
            }
            mae /= test.length;
            maeSum += mae;
            all.addAll(fold);
            System.out.printf(Locale.ROOT, "fold %d: train %d, test %d, MAE %.4f eV/atom; %s; CPU %.0f s, wall %.0f s, load %s%n", k, train.length,
                    test.length, mae, fold, (CPU.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9, load());
        }
        System.out.printf(Locale.ROOT, "mean MAE over %d folds: %.4f eV/atom%nall folds: %s%nbaseline 'nothing is stable': accuracy %.3f%n"
                + "CPU of this thread %.0f s, of the process %.0f s; load at end %s%n", folds.size(), maeSum / folds.size(), all,
                all.baselineAccuracy(), (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9, PROCESS.getProcessCpuTime() / 1e9, load());
    }

    /** Confusion counts of the "stable" (ΔH_d ≤ 0) label. */
    private static final class Counts {
        long tp;
        long fp;
        long tn;
        long fn;

        void add(boolean stable, boolean predictedStable) {
            if (predictedStable) {
                if (stable) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (stable) {
                fn++;
            } else {
                tn++;
            }
        }

        void addAll(Counts o) {
            tp += o.tp;
            fp += o.fp;
            tn += o.tn;
            fn += o.fn;
        }

        double baselineAccuracy() {
            return (double) (tn + fp) / (tp + fp + tn + fn);
        }

        @Override
        public String toString() {
            long total = tp + fp + tn + fn;
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return String.format(Locale.ROOT, "stable %d of %d (%.1f %%); accuracy %.3f, precision %.3f, recall %.3f, F1 %.3f, FPR %.3f (tp %d fp %d tn %d fn %d)",
                    tp + fn, total, 100.0 * (tp + fn) / total, (double) (tp + tn) / total, precision, recall, f1,
                    fp + tn == 0 ? 0 : (double) fp / (fp + tn), tp, fp, tn, fn);
        }
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
