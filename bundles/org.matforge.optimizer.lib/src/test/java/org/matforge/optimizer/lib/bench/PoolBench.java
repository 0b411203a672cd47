package org.matforge.optimizer.lib.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.testdata.SharedData;
import org.matforge.optimizer.lib.BoSettings;
import org.matforge.optimizer.lib.PoolSimulation;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.optimizer.lib.acquisition.Acquisition;
import org.matforge.optimizer.lib.space.SpaceDocument;

/**
 * The pool benchmark of Liang et al. (2021) on every dataset of {@code ../shared/data/synthesis}: a bench command,
 * not a test. Run (see docs/optimisation.md):
 * {@code java -cp ... org.matforge.optimizer.lib.bench.PoolBench --seeds 50 --refit-every 5 --threads 1}.
 * Prints a Markdown table; {@code --curves FILE} writes the mean share found after each experiment as CSV.
 */
public final class PoolBench {
    private static final String[] DATASETS = {"agnp", "crossed_barrel", "p3ht", "thin_film", "perovskites"};
    private static final String[] METHODS = {"random", "gp-iso:ei", "gp-iso:lcb", "gp-ard:ei", "gp-ard:lcb", "random-forest:ei", "random-forest:lcb"};

    private PoolBench() {
    }

    /** One dataset × method: per seed, top candidates found after each experiment. */
    record Result(String dataset, String method, int top, int pool, int[][] found) {
    }

    public static void main(String[] args) throws Exception {
        int seeds = 50, refitEvery = 1, threads = 1, budget = 200, restarts = 3;
        List<String> datasets = List.of(DATASETS);
        List<String> methods = List.of(METHODS);
        Path curves = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
            case "--seeds" -> seeds = Integer.parseInt(args[i + 1]);
            case "--refit-every" -> refitEvery = Integer.parseInt(args[i + 1]);
            case "--threads" -> threads = Integer.parseInt(args[i + 1]);
            case "--budget" -> budget = Integer.parseInt(args[i + 1]);
            case "--restarts" -> restarts = Integer.parseInt(args[i + 1]);
            case "--datasets" -> datasets = List.of(args[i + 1].split(","));
            case "--methods" -> methods = List.of(args[i + 1].split(","));
            case "--curves" -> curves = Path.of(args[i + 1]);
            default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong cpuNanos = new AtomicLong();
        long wall = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Result> results = new ArrayList<>();
        StringBuilder curveCsv = new StringBuilder("dataset,method,n,mean_share_found\n");
        System.out.println("| dataset (pool, top 5 %) | method | share found at n = 10 / 25 / 50 / 100 | n for 50 % | n for 100 % | acceleration over random 50 % / 100 % | CPU s |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String name : datasets) {
            PoolSimulation sim = load(name);
            int n = Math.min(budget, sim.poolSize());
            double half = Math.ceil(sim.topCount() / 2.0);
            double randomHalf = half * (sim.poolSize() + 1) / (sim.topCount() + 1);
            double randomAll = sim.topCount() * (sim.poolSize() + 1.0) / (sim.topCount() + 1);
            for (String method : methods) {
                String[] parts = method.split(":");
                BoSettings settings = new BoSettings(SurrogateKind.of(parts[0]), Acquisition.of(parts.length > 1 ? parts[1] : "ei"),
                        BoSettings.defaultWeight(Acquisition.of(parts.length > 1 ? parts[1] : "ei")), true, restarts, refitEvery, 1);
                List<Future<int[]>> runs = new ArrayList<>();
                long before = cpuNanos.get();
                for (int seed = 0; seed < seeds; seed++) {
                    long s = seed;
                    runs.add(pool.submit(() -> {
                        long t0 = mx.getCurrentThreadCpuTime();
                        int[] f = sim.run(settings, 2, n, 1000 + s);
                        cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - t0);
                        return f;
                    }));
                }
                int[][] found = new int[seeds][];
                for (int i = 0; i < seeds; i++) {
                    found[i] = runs.get(i).get();
                }
                Result r = new Result(name, method, sim.topCount(), sim.poolSize(), found);
                results.add(r);
                double[] h = firstReaching(found, half);
                double[] a = firstReaching(found, sim.topCount());
                System.out.printf(Locale.ROOT, "| %s (%d, %d) | %s | %s | %s | %s | %s / %s | %.0f |%n", name, sim.poolSize(), sim.topCount(), method,
                        shares(found, sim.topCount(), 10, 25, 50, 100), text(h, seeds), text(a, seeds),
                        h[1] == 0 ? String.format(Locale.ROOT, "%.1f×", randomHalf / h[0]) : "–", a[1] == 0 ? String.format(Locale.ROOT, "%.1f×", randomAll / a[0]) : "–",
                        (cpuNanos.get() - before) / 1e9);
                for (int k = 0; k < n; k++) {
                    double sum = 0;
                    for (int[] f : found) {
                        sum += f[k];
                    }
                    curveCsv.append(String.format(Locale.ROOT, "%s,%s,%d,%.4f%n", name, method, k + 1, sum / seeds / sim.topCount()));
                }
            }
            System.out.printf(Locale.ROOT, "| %s | random (expected, analytic) | | %.1f | %.1f | | |%n", name, randomHalf, randomAll);
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%nseeds %d, refit every %d, restarts %d, budget %d; CPU %.0f s, wall %.0f s, load average at end %.1f%n", seeds, refitEvery,
                restarts, budget, cpuNanos.get() / 1e9, (System.nanoTime() - wall) / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (curves != null) {
            Files.writeString(curves, curveCsv);
        }
    }

    /** @return {mean first n (1-based) reaching the count over the seeds that reached it, seeds that did not} */
    static double[] firstReaching(int[][] found, double count) {
        double sum = 0;
        int reached = 0;
        for (int[] f : found) {
            for (int k = 0; k < f.length; k++) {
                if (f[k] >= count) {
                    sum += k + 1;
                    reached++;
                    break;
                }
            }
        }
        return new double[] {reached == 0 ? Double.NaN : sum / reached, found.length - reached};
    }

    private static String text(double[] r, int seeds) {
        return r[1] == 0 ? String.format(Locale.ROOT, "%.1f", r[0]) : String.format(Locale.ROOT, "not reached in %d/%d", (int) r[1], seeds);
    }

    private static String shares(int[][] found, int top, int... at) {
        List<String> out = new ArrayList<>();
        for (int n : at) {
            if (n > found[0].length) {
                out.add("–");
                continue;
            }
            out.add(String.format(Locale.ROOT, "%.2f", Arrays.stream(found).mapToDouble(f -> f[n - 1]).average().orElse(0) / top));
        }
        return String.join(" / ", out);
    }

    /** @return the dataset's pool */
    public static PoolSimulation load(String name) throws IOException {
        Path dir = SharedData.root().resolve("synthesis");
        SpaceDocument doc = SpaceDocument.parse(Files.readString(dir.resolve(name + ".json")), name + ".json");
        List<double[]> points = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(dir.resolve(name + ".csv"))) {
            csv.next();
            for (String[] row = csv.next(); row != null; row = csv.next()) {
                points.add(SpaceDocument.point(doc.space(), Arrays.asList(row).subList(0, row.length - 1), name + ".csv " + csv.where()));
                values.add(Double.parseDouble(row[row.length - 1]));
            }
        }
        return new PoolSimulation(doc.space(), points, values.stream().mapToDouble(Double::doubleValue).toArray(), doc.maximise(), 0.05);
    }
}
