package org.matforge.orchestrator.internal.engine.steps;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.workflow.SparkSection;
import org.matforge.spi.task.CancelledException;

/**
 * Runs MatForge's Spark job as a child process — the orchestrator never links Spark. With {@code spark-submit}
 * when the operator names one (system property {@value #SUBMIT_PROPERTY}, or {@code $SPARK_HOME/bin/spark-submit}),
 * else this JVM's {@code java} with the {@code --add-opens} Spark documents for Java 17 and Spark's jars from the
 * {@value #CLASSPATH_FILE} the build writes beside the job jar. Every output line goes to the step's log; the job's
 * {@code progress d/n tasks} lines move the step's progress. Cancelling the run kills the process and its children.
 */
final class SparkProcess {
    /** System property naming the {@code spark-submit} to use. */
    static final String SUBMIT_PROPERTY = "matforge.spark.submit";
    /** Spark's jars as a class path, written by the spark module's build beside the job jar. */
    static final String CLASSPATH_FILE = "spark-classpath.txt";
    static final String MAIN = "org.matforge.spark.MatforgeSpark";
    /** The job writes Parquet uncompressed: the orchestrator's Parquet reader has no Hadoop compression codecs. */
    static final Map<String, String> OUTPUT_CONF = Map.of("spark.sql.parquet.compression.codec", "uncompressed");
    private static final Pattern PROGRESS = Pattern.compile("progress (\\d+)/(\\d+) tasks");
    private static final List<String> OPENS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true");

    private SparkProcess() {
    }

    /** @return the command line that runs {@code jobArgs} (a command of the job and its options) as the section says */
    static List<String> command(SparkSection spark, List<String> jobArgs) throws StepException {
        Path jar = spark.jar();
        Map<String, String> conf = new java.util.TreeMap<>(OUTPUT_CONF);
        conf.putAll(spark.conf());
        if (!Files.isRegularFile(jar)) {
            throw new StepException("the Spark job jar " + jar + " is gone (spark.jar); build it with: mvn -B install -pl spark -am -DskipTests");
        }
        List<String> cmd = new ArrayList<>();
        Optional<Path> submit = submit();
        if (submit.isPresent()) {
            cmd.addAll(List.of(submit.get().toString(), "--master", spark.master(), "--class", MAIN));
            spark.driverMemory().ifPresent(m -> cmd.addAll(List.of("--driver-memory", m)));
            spark.executorMemory().ifPresent(m -> cmd.addAll(List.of("--executor-memory", m)));
            spark.executorCores().ifPresent(c -> cmd.addAll(List.of("--executor-cores", Integer.toString(c))));
            for (Map.Entry<String, String> c : conf.entrySet()) {
                cmd.addAll(List.of("--conf", c.getKey() + "=" + c.getValue()));
            }
            cmd.add(jar.toString());
        } else {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            if (!Files.isExecutable(java)) {
                throw new StepException("no java to run the Spark job: " + java + " is not an executable; set " + SUBMIT_PROPERTY + " to a spark-submit instead");
            }
            Path classpath = jar.resolveSibling(CLASSPATH_FILE);
            if (!Files.isRegularFile(classpath)) {
                throw new StepException("Spark's jars are not listed beside the job jar (" + classpath + " is missing): build the job with"
                        + " mvn -B install -pl spark -am -DskipTests, or set " + SUBMIT_PROPERTY + " to a spark-submit");
            }
            String sparkJars;
            try {
                sparkJars = Files.readString(classpath, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new StepException("cannot read " + classpath + ": " + e.getMessage(), e);
            }
            cmd.add(java.toString());
            cmd.addAll(OPENS);
            cmd.add("-Xmx" + spark.driverMemory().orElse("4g"));
            cmd.add("-Djava.util.concurrent.ForkJoinPool.common.parallelism=1");
            cmd.add("-Dspark.master=" + spark.master());
            Path logging = jar.toAbsolutePath().getParent().resolveSibling("conf").resolve("log4j2.properties"); // spark/conf beside spark/target
            if (Files.isRegularFile(logging)) {
                cmd.add("-Dlog4j2.configurationFile=" + logging);
            }
            spark.executorMemory().ifPresent(m -> cmd.add("-Dspark.executor.memory=" + m));
            spark.executorCores().ifPresent(c -> cmd.add("-Dspark.executor.cores=" + c));
            conf.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
            cmd.addAll(List.of("-cp", jar + File.pathSeparator + sparkJars, MAIN));
        }
        cmd.addAll(jobArgs);
        return cmd;
    }

    /** @return the operator's spark-submit: the system property, else {@code $SPARK_HOME/bin/spark-submit} when it exists */
    static Optional<Path> submit() {
        String configured = System.getProperty(SUBMIT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        String home = System.getenv("SPARK_HOME");
        if (home != null && !home.isBlank() && Files.isExecutable(Path.of(home, "bin", "spark-submit"))) {
            return Optional.of(Path.of(home, "bin", "spark-submit"));
        }
        return Optional.empty();
    }

    /**
     * Runs the command to its end, its output in the step's log and progress.
     *
     * @return the job's output lines (stdout and stderr interleaved as they came)
     * @throws StepException        when it cannot start or ends with a non-zero status (with its last lines)
     * @throws CancelledException   when the run is cancelled (the process is killed first)
     * @throws InterruptedException when interrupted (the process is killed first)
     */
    static List<String> run(StepEnv env, List<String> command, Path workDir) throws StepException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().putIfAbsent("OMP_NUM_THREADS", "1");
        pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new StepException("cannot start the Spark job (" + command.get(0) + "): " + e.getMessage(), e);
        }
        List<String> lines = new ArrayList<>();
        Deque<String> last = new ArrayDeque<>();
        Thread reader = new Thread(() -> read(env, process, lines, last), "spark job output");
        reader.setDaemon(true);
        reader.start();
        try {
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (env.isCancelled()) {
                    kill(process);
                    throw new CancelledException();
                }
            }
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        }
        reader.join(10_000);
        if (process.exitValue() != 0) {
            synchronized (last) {
                throw new StepException("the Spark job ended with status " + process.exitValue() + ": " + String.join(" | ", last));
            }
        }
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private static void read(StepEnv env, Process process, List<String> lines, Deque<String> last) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                synchronized (last) {
                    last.addLast(line);
                    if (last.size() > 3) {
                        last.removeFirst();
                    }
                }
                Matcher m = PROGRESS.matcher(line);
                if (m.find()) {
                    double total = Double.parseDouble(m.group(2));
                    env.progress(total == 0 ? 0 : Double.parseDouble(m.group(1)) / total, String.format(Locale.ROOT, "Spark: %s/%s tasks", m.group(1), m.group(2)));
                } else {
                    env.log("spark: " + line);
                }
            }
        } catch (IOException e) {
            env.log("spark: output unreadable: " + e.getMessage());
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
