package org.matforge.orchestrator.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.commons.preprocess.Deduplication;
import org.matforge.orchestrator.internal.store.ProcessIdentity;
import org.matforge.orchestrator.internal.store.RunStore;

/**
 * The whole engine in a child JVM killed with SIGKILL while a run is in a step: the next orchestrator on the same
 * store shows that run INTERRUPTED in that step, and the run finished before it intact.
 */
class OrchestratorCrashTest {
    @TempDir
    Path root;

    static String workflow(String name, boolean slow) {
        return """
                {"schema": 1, "name": "%s", "steps": [
                  {"name": "data", "type": "load", "source": "expt-gap", "parameters": {"rows": 60, "slow": %s}},
                  {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"]}
                ]}""".formatted(name, slow);
    }

    @Test
    void killedDuringARunTheRunIsInterruptedAndTheFinishedOneIsIntact() throws Exception {
        String classpath = Stream.of(CrashingOrchestrator.class, Orchestrator.class, Gson.class, RunStatus.class, Deduplication.class,
                org.osgi.framework.Filter.class, org.apache.commons.csv.CSVFormat.class, org.apache.commons.io.IOUtils.class,
                org.apache.commons.codec.binary.Base64.class).map(OrchestratorCrashTest::location).distinct()
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmatforge.shared.data=" + InProcessPlugins.SHARED.toAbsolutePath(), "-cp", classpath, CrashingOrchestrator.class.getName(),
                root.toString()).redirectErrorStream(true).start();
        String[] ids;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            ids = line == null ? new String[0] : line.split(" ");
            assertEquals(2, ids.length, "child said: " + line);
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        }
        assertEquals(137, child.exitValue());

        InProcessPlugins plugins = new InProcessPlugins();
        try (Orchestrator restarted = new Orchestrator(new Settings(root, 2, Duration.ZERO), plugins, plugins, e -> { }, Clock.systemUTC(),
                new RunStore(root, ProcessIdentity.current()))) {
            RunSummary killed = restarted.run(ids[1]).orElseThrow();
            assertEquals(RunStatus.INTERRUPTED, killed.status());
            assertEquals("data", killed.step());
            assertTrue(killed.message().equals("the process (pid " + child.pid() + ") stopped while the run was running in step 'data'"), killed.message());
            RunSummary finished = restarted.run(ids[0]).orElseThrow();
            assertEquals(RunStatus.SUCCEEDED, finished.status());
            JsonObject provenance = JsonParser.parseString(Files.readString(finished.directory().resolve("run.json"))).getAsJsonObject();
            assertEquals("SUCCEEDED", provenance.get("status").getAsString());
            assertEquals(60, provenance.getAsJsonArray("steps").get(0).getAsJsonObject().getAsJsonObject("data").get("rows").getAsInt());
            assertEquals(List.of(ids[1], ids[0]), restarted.runs().stream().map(RunSummary::id).toList(), "newest first");
            assertTrue(!restarted.cancel(ids[1]), "an interrupted run cannot be cancelled");
            // the steps of runs read from the store (WorkflowService.steps, for the server)
            List<org.matforge.api.workflow.StepSummary> steps = restarted.steps(ids[0]);
            assertTrue(!steps.isEmpty());
            for (int i = 0; i < steps.size(); i++) {
                assertEquals(i, steps.get(i).index());
                assertEquals(RunStatus.SUCCEEDED, steps.get(i).status(), steps.get(i).toString());
                assertTrue(steps.get(i).ended().isPresent());
            }
            assertEquals("data", restarted.steps(ids[1]).get(0).name());
            assertTrue(restarted.steps("20990101-000000-0000-none").isEmpty());
        }
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
