package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.commons.table.RowReader;
import org.matforge.commons.table.TableFiles;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * A workflow's {@code spark} section runs its sample, screens and prediction as one job of the real Spark job jar
 * ({@code spark/target/matforge-spark.jar}, built before this module) in {@code local[2]}, as a child process of the
 * OSGi runtime: the run succeeds, run.json counts the job's rows, its log holds the job's output, every sample ends up
 * a candidate or rejected with the verdict of the screen that dropped it — and the same screens and predictor run
 * in-process on the same samples keep the same candidates with the same predicted band gaps (to float precision).
 * Cancelling a run while its job runs kills the job.
 */
class SparkHandOffIT {
    private static final Duration LIMIT = Duration.ofMinutes(8);
    private static final String TRAIN = """
              {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
              {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"]},
              {"name": "features", "type": "featurize", "input": "clean", "featurizers": ["magpie"]},
              {"name": "gap-model", "type": "train-predictor", "input": "features", "trainer": "mlp-ensemble", "target": "band_gap",
               "unit": "eV", "holdout": 0.2, "parameters": {"members": 2, "epochs": 4, "patience": 2, "layers": "16",
               "batch": 64, "schedule": "constant", "learningRate": 0.001, "init": "xavier"}},
              {"name": "generator", "type": "train-generator", "input": "clean", "trainer": "gan",
               "parameters": {"epochs": 2, "batch": 32, "noise": 8, "generatorLayers": "32", "discriminatorLayers": "32"}},
              {"name": "sampled", "type": "sample", "generator": "generator", "count": 600, "seed": 11},
            """;
    private static final String SCREENS = """
              {"name": "plausible", "type": "screen", "input": "%s", "screens": [
                {"id": "smact-validity", "parameters": {"oxidationStates": "icsd24"}}, {"id": "element-count", "parameters": {"min": 2}}, "novelty"]},
            """;
    private static final String WINDOW = """
              {"name": "wide", "type": "screen", "input": "%s", "screens": [{"id": "property-window", "parameters": {"target": "band_gap", "min": 1.0}}]},
              {"name": "report", "type": "report", "input": "wide"}
            """;

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin admin;

    private Orchestration orchestration;

    @BeforeEach
    void start() throws Exception {
        orchestration = Orchestration.start(context, admin, 10);
    }

    @AfterEach
    void stop() throws Exception {
        orchestration.close();
    }

    private static String sparkWorkflow(String name, int count) {
        Path jar = Path.of(System.getProperty("matforge.spark.jar")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(jar), jar + ": build the spark module first");
        return "{\"schema\": 1, \"name\": \"" + name + "\", \"seed\": 5, \"spark\": {\"steps\": [\"sampled\", \"plausible\", \"predicted\", \"wide\"],"
                + " \"master\": \"local[2]\", \"jar\": \"" + jar + "\", \"driverMemory\": \"1g\", \"partitions\": 2,"
                + " \"conf\": {\"spark.sql.shuffle.partitions\": 2}}, \"steps\": [\n" + TRAIN.replace("\"count\": 600", "\"count\": " + count)
                + SCREENS.formatted("sampled")
                + "  {\"name\": \"predicted\", \"type\": \"predict\", \"input\": \"plausible\", \"predictors\": [\"gap-model\"]},\n"
                + WINDOW.formatted("predicted") + "]}";
    }

    @Test
    void cancellingTheRunKillsTheSparkJob() throws Exception {
        String id = orchestration.service().submit(sparkWorkflow("itest-spark-cancel", 1_000_000));
        long deadline = System.nanoTime() + LIMIT.toNanos();
        List<ProcessHandle> jobs = List.of();
        while (jobs.isEmpty() && System.nanoTime() < deadline) {
            assertTrue(orchestration.service().run(id).orElseThrow().status() != RunStatus.FAILED, "the run failed before its Spark step");
            Thread.sleep(200);
            Path log = orchestration.service().run(id).orElseThrow().directory().resolve("run.log");
            if (Files.exists(log) && Files.readString(log).contains("[sampled] handing")) {
                // the job's command line (Spark's class path) is too long for ProcessHandle.Info: the java children of this JVM
                jobs = ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("java")).toList();
            }
        }
        assertTrue(!jobs.isEmpty(), "the Spark job never started");
        assertTrue(orchestration.service().cancel(id));
        RunSummary end = orchestration.service().await(id, LIMIT);
        assertEquals(RunStatus.CANCELLED, end.status(), end.message());
        for (ProcessHandle job : jobs) {
            job.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(!job.isAlive(), "the Spark job " + job.pid() + " still runs");
        }
    }

    @Test
    void sampleScreensAndPredictionsRunAsOneSparkJobAndKeepWhatTheInProcessStepsKeep() throws Exception {
        String spark = sparkWorkflow("itest-spark", 600);
        RunSummary run = orchestration.service().await(orchestration.service().submit(spark), LIMIT);
        assertEquals(RunStatus.SUCCEEDED, run.status(), run.message());
        Path dir = run.directory();

        JsonObject sampled = step(dir, "sampled");
        JsonObject job = sampled.getAsJsonObject("spark");
        assertEquals("local[2]", job.get("master").getAsString());
        long drawn = job.get("rowsIn").getAsLong();
        int samples = sampled.get("sampled").getAsInt();
        assertTrue(drawn >= samples && samples > 100, drawn + " drawn, " + samples + " samples");
        assertEquals(0, job.get("rowsFailed").getAsLong());
        String log = Files.readString(dir.resolve("run.log"));
        assertTrue(log.contains("[sampled] spark: rows in"), "the job's output is in the run log");

        List<Map<String, String>> candidates = Tables.read(dir.resolve("candidates.csv"));
        List<Map<String, String>> rejected = Tables.read(dir.resolve("rejected.csv"));
        assertEquals(job.get("rowsKept").getAsLong(), candidates.size(), "the job's kept rows are the run's candidates");
        assertEquals(samples, candidates.size() + rejected.size(), "every sample is a candidate or rejected");
        assertTrue(candidates.size() > 0 && !rejected.isEmpty(), candidates.size() + " candidates, " + rejected.size() + " rejected");
        for (Map<String, String> r : rejected) {
            assertTrue(List.of("smact-validity", "element-count", "novelty", "property-window").contains(r.get("screen"))
                    && List.of("FAIL", "UNKNOWN").contains(r.get("verdict")) && !r.get("reason").isBlank(), r.toString());
        }
        for (Map<String, String> c : candidates) {
            assertTrue(Double.parseDouble(c.get("band_gap")) >= 1.0 && !c.get("band_gap_std").isEmpty(), c.toString());
            assertEquals("PASS", c.get("novelty"), c.toString());
        }

        // the same samples through the same screens and predictor, in-process
        Path samplesCsv = dir.resolveSibling(dir.getFileName() + "-samples.csv");
        List<String> lines = new ArrayList<>(List.of("formula"));
        candidates.forEach(c -> lines.add(c.get("formula")));
        rejected.forEach(r -> lines.add(r.get("formula")));
        Files.write(samplesCsv, lines);
        String inProcess = "{\"schema\": 1, \"name\": \"itest-spark-in-process\", \"steps\": [\n"
                + "  {\"name\": \"samples\", \"type\": \"load\", \"source\": \"file\", \"parameters\": {\"path\": \"" + samplesCsv + "\"}},\n"
                + "  {\"name\": \"gap-model\", \"type\": \"load-predictor\", \"file\": \"" + dir.resolve("models/gap-model.mfm") + "\"},\n"
                + "  {\"name\": \"predicted\", \"type\": \"predict\", \"input\": \"samples\", \"predictors\": [\"gap-model\"]},\n"
                + SCREENS.formatted("predicted") + WINDOW.formatted("plausible") + "]}";
        RunSummary local = orchestration.service().await(orchestration.service().submit(inProcess), LIMIT);
        assertEquals(RunStatus.SUCCEEDED, local.status(), local.message());
        List<Map<String, String>> onSpark = sorted(candidates);
        List<Map<String, String>> here = sorted(Tables.read(local.directory().resolve("candidates.csv")));
        assertEquals(onSpark.stream().map(c -> c.get("formula")).toList(), here.stream().map(c -> c.get("formula")).toList(), "the same candidates");
        for (int i = 0; i < here.size(); i++) {
            for (String column : List.of("band_gap", "band_gap_std")) {
                // float32 networks: the in-process run featurizes the reduced formula, the job the composition as drawn
                assertEquals(Double.parseDouble(onSpark.get(i).get(column)), Double.parseDouble(here.get(i).get(column)), 1e-5,
                        onSpark.get(i).get("formula") + " " + column);
            }
        }
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> candidates) {
        return candidates.stream().sorted(java.util.Comparator.comparing((Map<String, String> c) -> c.get("formula"))).toList();
    }

    private static JsonObject step(Path dir, String name) throws Exception {
        JsonObject run = JsonParser.parseString(Files.readString(dir.resolve("run.json"))).getAsJsonObject();
        for (JsonElement e : run.getAsJsonArray("steps")) {
            JsonObject step = e.getAsJsonObject();
            if (step.get("name").getAsString().equals(name)) {
                return step.has("record") ? step.getAsJsonObject("record") : step;
            }
        }
        throw new AssertionError("no step " + name + " in run.json");
    }

    /** Table files read by column name. */
    private static final class Tables {
        static List<Map<String, String>> read(Path file) throws Exception {
            List<Map<String, String>> rows = new ArrayList<>();
            try (RowReader r = TableFiles.open(file)) {
                String[] header = r.next();
                for (String[] row = r.next(); row != null; row = r.next()) {
                    Map<String, String> m = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < header.length; i++) {
                        m.put(header[i], i < row.length && row[i] != null ? row[i] : "");
                    }
                    rows.add(m);
                }
            }
            return rows;
        }
    }
}
