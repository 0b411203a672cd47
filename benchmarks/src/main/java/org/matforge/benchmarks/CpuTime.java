package org.matforge.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityChecker;
import org.matforge.featurizers.lib.MagpieFeaturizer;

/**
 * Companion to the JMH runs for a shared machine: runs the single-threaded loops of {@link ParseBenchmark},
 * {@link MagpieBenchmark#oneCore()} and {@link ValidityBenchmark#matbench} and reports throughput per second of this
 * thread's CPU time (ThreadMXBean) next to wall-clock throughput, so time spent descheduled by other processes does
 * not count. Run: {@code java -cp benchmarks/target/benchmarks.jar org.matforge.benchmarks.CpuTime [rounds]}.
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> formulas = Formulas.all();
        Composition[] compositions = Formulas.compositions(MagpieBenchmark.ROWS);
        MagpieFeaturizer magpie = new MagpieFeaturizer(ElementTable.load());
        double[] buffer = new double[MagpieBenchmark.BUFFER_ROWS * magpie.labels().size()];
        ValidityChecker smact14 = ValidityChecker.smactDefaults(ElementTable.load(), "smact14");
        ValidityChecker icsd24 = ValidityChecker.smactDefaults(ElementTable.load(), "icsd24");
        Composition[] matbench = Formulas.compositions(formulas.size());
        long[] sink = new long[1];
        for (int round = 0; round <= rounds; round++) {
            String tag = round == 0 ? "warm-up" : "round " + round;
            measure(tag, "parse", formulas.size(), () -> {
                for (String f : formulas) {
                    sink[0] += Composition.parse(f).size();
                }
            });
            measure(tag, "magpie one core", compositions.length, () -> {
                int width = magpie.labels().size();
                for (int r = 0; r < compositions.length; r++) {
                    magpie.featurize(compositions[r], buffer, (r % MagpieBenchmark.BUFFER_ROWS) * width);
                }
                sink[0] += (long) buffer[7];
            });
            measure(tag, "validity smact14", matbench.length, () -> {
                for (Composition c : matbench) {
                    sink[0] += smact14.check(c).status().ordinal();
                }
            });
            measure(tag, "validity icsd24", matbench.length, () -> {
                for (Composition c : matbench) {
                    sink[0] += icsd24.check(c).status().ordinal();
                }
            });
        }
        System.out.println("(checksum " + sink[0] + ")");
    }

    private static void measure(String tag, String what, long operations, Runnable loop) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        loop.run();
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf(Locale.ROOT, "%-8s %-17s %,13.0f ops per CPU-second %,13.0f ops per wall-second%n", tag, what,
                operations / cpuSeconds, operations / wallSeconds);
    }
}
