package org.matforge.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.commons.csv.CsvReader;
import org.matforge.predictors.lib.ensemble.MlpEnsembleTrainer;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.task.TaskContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: {@code screen}'s throughput on {@code --rows} compositions made from a formula file
 * ({@link FormulaVariants}: its formulas and element substitutions), in-process (the whole screening in this JVM,
 * 100,000 rows per call) and on each local master, with CPU time (the machine is shared, so rows per CPU-second is
 * the per-core figure), wall time, peak heap and peak resident memory. The predictor is {@code --model}, or a small
 * mlp-ensemble trained here on the file's rows.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure screen throughput in-process and on local Spark masters; prints a Markdown table for docs/benchmarks.md.")
final class Bench implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "CSV with formula and target columns, e.g. ../shared/data/matbench/expt_gap.csv")
    Path data;

    @Option(names = "--rows", defaultValue = "1000000", description = "compositions to screen (default: ${DEFAULT-VALUE})")
    long rows;

    @Option(names = {"-m", "--model"}, description = "predictor model file (default: a 3-member mlp-ensemble on Magpie features trained here)")
    Path model;

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]", description = "Spark masters to measure (default: ${DEFAULT-VALUE})")
    List<String> masters;

    @Option(names = "--in-process", negatable = true, defaultValue = "true", fallbackValue = "true", description = "measure in-process too (default: ${DEFAULT-VALUE})")
    boolean inProcess;

    @Option(names = "--work", description = "folder for the Parquet outputs (default: a temporary folder, removed)")
    Path work;

    @Override
    public Integer call() throws Exception {
        List<String> formulas = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(data)) {
            String[] header = csv.next();
            int f = List.of(header).indexOf("formula");
            int t = List.of(header).indexOf("target");
            if (f < 0 || t < 0) {
                throw new IllegalArgumentException("--data " + data + ": needs columns formula and target, has " + List.of(header));
            }
            for (String[] row = csv.next(); row != null; row = csv.next()) {
                formulas.add(row[f]);
                targets.add(Double.parseDouble(row[t]));
            }
        }
        byte[] modelFile = model != null ? MatforgeSpark.read(model, "--model") : train(formulas, targets);
        ScreenJob job = new ScreenJob(new ScreenSettings("icsd24", 2, 0, null, List.of(ScreenSettings.Window.parse("band_gap:3:")), false, 4096),
                List.of(model != null ? model.toString() : "bench-gap.mfm"), List.of(modelFile), formulas,
                Collections.nCopies(formulas.size(), data.getFileName().toString()), null);
        Path out = work != null ? work : Files.createTempDirectory("matforge-bench");
        System.out.printf(Locale.ROOT, "%,d rows from %s; screens smact-validity, element-count ≥ 2, novelty against its %,d formulas,"
                + " predict band_gap, window ≥ 3; %d cores, load average %.1f%n", rows, data.getFileName(), formulas.size(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| path | rows | wall s | CPU s | rows/s (wall) | rows per CPU-s | kept | peak heap MB | peak RSS MB | load avg |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        if (inProcess) {
            Measure m = Measure.start();
            Screening s = job.load();
            FormulaVariants variants = new FormulaVariants(formulas, 0);
            long kept = 0;
            for (long from = 0; from < rows; from += 100_000) {
                kept += s.screen(variants.rows(from, Math.min(rows, from + 100_000), "variants")).stream().filter(ScreenedRow::kept).count();
            }
            m.print("in-process", rows, kept);
        }
        for (String master : masters) {
            Measure m = Measure.start();
            try (SparkSession spark = SparkSession.builder().appName("matforge bench").master(master).config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate()) {
                JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
                Broadcast<List<String>> bases = jsc.broadcast(formulas);
                long chunk = 50_000;
                long total = rows;
                JavaRDD<InputRow> input = jsc.parallelize(LongStream.range(0, (rows + chunk - 1) / chunk).boxed().toList(),
                        2 * spark.sparkContext().defaultParallelism()).mapPartitions(ks -> {
                            FormulaVariants v = new FormulaVariants(bases.value(), 0);
                            return new Batches<>(ks, 1, k -> v.rows(k.get(0) * chunk, Math.min(total, (k.get(0) + 1) * chunk), "variants"));
                        });
                Counters counters = Counters.of(spark);
                Path target = out.resolve("screen-" + master.replaceAll("\\W", "") + ".parquet");
                SparkJobs.screen(spark, input, job, counters).write().mode("overwrite").parquet(target.toString());
                m.print(master, counters.in().value(), counters.out().value());
            }
        }
        if (work == null) {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private static byte[] train(List<String> formulas, List<Double> targets) throws IOException {
        List<Composition> c = formulas.stream().map(Composition::parse).toList();
        FeatureMatrix features = SparkJobs.featurizer("magpie").featurizeAll(c, TaskContext.unobserved());
        PredictionTask task = new PredictionTask("bench-gap", "band_gap", "eV", false, List.of("magpie"), Map.of("magpie", "1"));
        var trained = new MlpEnsembleTrainer().train(features, targets.stream().mapToDouble(Double::doubleValue).toArray(), task,
                Parameters.of(Map.of("members", 3, "epochs", 20, "seed", 7)), TaskContext.unobserved());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        trained.save(bytes);
        return bytes.toByteArray();
    }

    /** Wall time, this process's CPU time, peak heap since start and peak resident memory of the process. */
    private record Measure(long wall, long cpu) {
        static Measure start() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            return new Measure(System.nanoTime(), cpuNanos());
        }

        void print(String path, long rows, long kept) throws IOException {
            double w = (System.nanoTime() - wall) / 1e9;
            double c = (cpuNanos() - cpu) / 1e9;
            long heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %,.0f | %,.0f | %,d | %,d | %,d | %.1f |%n", path, rows, w, c, rows / w, rows / c,
                    kept, heap >> 20, peakRss() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }

        private static long peakRss() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) << 10;
                }
            }
            return 0;
        }
    }
}
