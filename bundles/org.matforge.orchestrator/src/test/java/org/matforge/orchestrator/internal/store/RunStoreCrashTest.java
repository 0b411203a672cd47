package org.matforge.orchestrator.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.Gson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.workflow.RunStatus;
import org.matforge.commons.io.AtomicFiles;

/** A real child JVM owns runs in a store and is killed with SIGKILL mid-run; the next start finds the run interrupted. */
class RunStoreCrashTest {
    @TempDir
    Path root;

    @Test
    void runOfAKilledProcessBecomesInterruptedAndFinishedRunsStayIntact() throws Exception {
        String classpath = Stream.of(CrashingRunOwner.class, RunStore.class, AtomicFiles.class, Gson.class, RunStatus.class)
                .map(c -> Path.of(toUri(c)).toString()).distinct().reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                CrashingRunOwner.class.getName(), root.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("running", out.readLine(), "the child started its run");
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        RunStore restarted = new RunStore(root, ProcessIdentity.current());
        RunState before = restarted.read("crashing").orElseThrow();
        assertEquals(RunStatus.RUNNING, before.status(), "status.json is whole after the kill: " + before);
        assertEquals(child.pid(), before.owner().pid());

        List<RunState> marked = restarted.recover(Instant.now());
        assertEquals(List.of("crashing"), marked.stream().map(RunState::id).toList());
        RunState crashed = restarted.read("crashing").orElseThrow();
        assertEquals(RunStatus.INTERRUPTED, crashed.status());
        assertTrue(crashed.message().contains("pid " + child.pid()) && crashed.message().contains("step 'train'"), crashed.message());
        assertEquals(RunStatus.INTERRUPTED, crashed.steps().get(0).status());
        assertEquals(RunStatus.QUEUED, crashed.steps().get(1).status());
        assertTrue(Files.readString(root.resolve("crashing").resolve(RunStore.LOG)).contains("INTERRUPTED"));

        RunState finished = restarted.read("finished").orElseThrow();
        assertEquals(RunStatus.SUCCEEDED, finished.status());
        assertEquals("rank,formula\n1,GaN\n", Files.readString(root.resolve("finished").resolve("candidates.csv")));
        assertTrue(restarted.recover(Instant.now()).isEmpty(), "recovery is done once");
    }

    private static java.net.URI toUri(Class<?> c) {
        try {
            return c.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
