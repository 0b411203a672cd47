package org.matforge.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The MatForge job for Apache Spark: {@code screen}, {@code generate} and {@code featurize} (and {@code bench}).
 * Run it with {@code spark-submit --class org.matforge.spark.MatforgeSpark spark/target/matforge-spark.jar ...} on a
 * cluster, or {@code ./matforge-spark ...} on this machine. Options are parsed by picocli.
 */
@Command(name = "matforge-spark", mixinStandardHelpOptions = true, version = "MatForge Spark job 0.1",
        description = "Screen, generate and featurize compositions on Apache Spark with MatForge's algorithms.",
        subcommands = {MatforgeSpark.Screen.class, MatforgeSpark.Generate.class, MatforgeSpark.Featurize.class, Bench.class})
public final class MatforgeSpark {
    private MatforgeSpark() {
    }

    /** Runs a command and exits with its status: 0 done, 2 bad input (one line, no stack trace), 1 failure. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** @return the exit status of the command */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(MatforgeSpark.class);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException || cause instanceof IOException)) {
                cause = cause.getCause();
            }
            boolean input = cause instanceof IllegalArgumentException || cause instanceof IOException;
            line.getErr().println("matforge-spark " + line.getCommandName() + ": " + (cause.getMessage() == null ? cause : cause.getMessage()));
            return input ? 2 : 1;
        });
        return cl.execute(args);
    }

    /** {@code screen}: formulas from a file through validity, novelty, predictions, stability and windows into Parquet. */
    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = "Screen the formulas of a CSV or Parquet file: parse, SMACT validity, element count, novelty, predictions, stability (with --hull), property windows."
                    + " Writes Parquet with the columns of a workflow's candidates.csv plus input, kept and reason.")
    static final class Screen implements Callable<Integer> {
        @Option(names = {"-i", "--input"}, required = true, description = "CSV file with a header row, or Parquet file or folder")
        String input;

        @Option(names = {"-c", "--column"}, defaultValue = "formula", description = "the formula column (default: ${DEFAULT-VALUE})")
        String column;

        @Mixin
        ScreenOptions screen;

        @Mixin
        JobOptions job;

        @Override
        public Integer call() throws Exception {
            existing(input, "--input");
            ScreenJob screening = screen.job();
            try (SparkSession spark = job.session("screen")) {
                JavaRDD<InputRow> rows = SparkJobs.read(spark, input, column);
                if (job.partitions != null) {
                    rows = rows.repartition(job.partitions);
                }
                Counters counters = Counters.of(spark);
                return write(SparkJobs.screen(spark, rows, screen.withKnown(screening, spark), counters), counters, job);
            }
        }
    }

    /** {@code generate}: draws from a generator on the executors and screens the draws in the same job. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Draw compositions from a generator model file (gan, vae) on the executors, in chunks seeded by chunk index"
                    + " (the draws do not depend on the partitioning), and screen them as 'screen' does.")
    static final class Generate implements Callable<Integer> {
        @Option(names = {"-g", "--generator"}, required = true, description = "generator model file (.mfm)")
        Path generator;

        @Option(names = {"-n", "--count"}, required = true, description = "how many compositions to draw")
        long count;

        @Option(names = "--chunk", defaultValue = "10000", description = "draws per chunk, each chunk with its own seed (default: ${DEFAULT-VALUE})")
        int chunk;

        @Option(names = "--seed", defaultValue = "42", description = "seed of the draws (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--condition", description = "for a conditional generator: draw for a property in target:min:max (empty bound: none), e.g. band_gap:3:6")
        String condition;

        @Mixin
        ScreenOptions screen;

        @Mixin
        JobOptions job;

        @Override
        public Integer call() throws Exception {
            GenerateJob g = new GenerateJob(generator.getFileName().toString(), read(generator, "--generator"), count, chunk, seed,
                    condition == null ? null : DrawCondition.parse(condition));
            g.load(); // a bad file fails here, on the driver, with its name
            ScreenJob screening = screen.job();
            try (SparkSession spark = job.session("generate")) {
                int partitions = job.partitions != null ? job.partitions : 2 * spark.sparkContext().defaultParallelism();
                JavaRDD<InputRow> rows = SparkJobs.generate(spark, g, partitions);
                Counters counters = Counters.of(spark);
                return write(SparkJobs.screen(spark, rows, screen.withKnown(screening, spark), counters), counters, job);
            }
        }
    }

    /** {@code featurize}: a featurized Parquet table of any formula column. */
    @Command(name = "featurize", mixinStandardHelpOptions = true,
            description = "Featurize the formulas of a CSV or Parquet file into Parquet: position, input, formula, one column per feature, error.")
    static final class Featurize implements Callable<Integer> {
        @Option(names = {"-i", "--input"}, required = true, description = "CSV file with a header row, or Parquet file or folder")
        String input;

        @Option(names = {"-c", "--column"}, defaultValue = "formula", description = "the formula column (default: ${DEFAULT-VALUE})")
        String column;

        @Option(names = {"-f", "--featurizers"}, defaultValue = "magpie", description = "comma-separated featurizer ids (default: ${DEFAULT-VALUE})")
        String featurizers;

        @Option(names = "--batch", defaultValue = "4096", description = "rows per batch within a partition (default: ${DEFAULT-VALUE})")
        int batch;

        @Mixin
        JobOptions job;

        @Override
        public Integer call() throws Exception {
            existing(input, "--input");
            SparkJobs.featurizer(featurizers); // unknown ids fail here, naming the known ones
            try (SparkSession spark = job.session("featurize")) {
                JavaRDD<InputRow> rows = SparkJobs.read(spark, input, column);
                if (job.partitions != null) {
                    rows = rows.repartition(job.partitions);
                }
                Counters counters = Counters.of(spark);
                return write(SparkJobs.featurize(spark, rows, featurizers, batch, counters), counters, job);
            }
        }
    }

    private static int write(Dataset<Row> out, Counters counters, JobOptions job) {
        out.write().mode(job.mode()).parquet(job.output);
        System.out.println(counters + " → " + job.output);
        return 0;
    }

    static void existing(String file, String option) {
        if (!Files.exists(Path.of(file))) {
            throw new IllegalArgumentException(option + " " + file + ": no such file");
        }
    }

    static byte[] read(Path file, String option) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(option + " " + file + ": no such file", e);
        }
    }
}
