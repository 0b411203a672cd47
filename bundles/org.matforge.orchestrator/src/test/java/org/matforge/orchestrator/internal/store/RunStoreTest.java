package org.matforge.orchestrator.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.workflow.RunStatus;

class RunStoreTest {
    private static final List<StepState> STEPS = List.of(StepState.pending("data", "load"), StepState.pending("report", "report"));

    @TempDir
    Path root;

    @Test
    void statusRoundTripsThroughDiskAndLeavesNoTemporaryFile() throws Exception {
        RunStore store = new RunStore(root, ProcessIdentity.current());
        Instant t0 = Instant.parse("2026-11-26T10:00:00Z");
        RunState queued = store.create("r1", "wf", "{\"schema\": 1}", STEPS, t0);
        assertEquals("{\"schema\": 1}", Files.readString(root.resolve("r1").resolve(RunStore.WORKFLOW)));
        RunState running = queued.startedAt(t0.plusSeconds(1)).withStep(0, STEPS.get(0).running(t0.plusSeconds(1)))
                .with(RunStatus.RUNNING, "data", 0.25, "loading");
        store.write(running);
        assertEquals(running, store.read("r1").orElseThrow());
        try (var files = Files.list(root.resolve("r1"))) {
            assertEquals(List.of(RunStore.STATUS, RunStore.WORKFLOW), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aWriteTornByACrashNeverReplacesTheLastWholeStatus() throws Exception {
        RunStore store = new RunStore(root, ProcessIdentity.current());
        RunState queued = store.create("r1", "wf", "{}", STEPS, Instant.now());
        Path temp = root.resolve("r1").resolve(RunStore.STATUS + ".tmp");
        Files.writeString(temp, "{\"id\": \"r1\", \"status\": \"SUCC"); // what a kill in mid-write leaves
        assertEquals(queued, store.read("r1").orElseThrow());
        RunState next = queued.with(RunStatus.RUNNING, "data", 0.1, "x");
        store.write(next);
        assertEquals(next, store.read("r1").orElseThrow());
        assertFalse(Files.exists(temp));
    }

    @Test
    void recoveryInterruptsOnlyRunsOfProcessesThatAreGone() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        assertTrue(exited.waitFor(10, TimeUnit.SECONDS));
        ProcessIdentity dead = new ProcessIdentity(exited.pid(), exited.info().startInstant().orElse(Instant.EPOCH));
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            ProcessIdentity alive = new ProcessIdentity(sleeper.pid(), sleeper.toHandle().info().startInstant().orElse(null));
            new RunStore(root, dead).create("dead-queued", "wf", "{}", STEPS, Instant.now());
            RunStore deadStore = new RunStore(root, dead);
            deadStore.write(deadStore.create("dead-running", "wf", "{}", STEPS, Instant.now()).startedAt(Instant.now())
                    .with(RunStatus.RUNNING, "data", 0.5, "loading"));
            RunStore aliveStore = new RunStore(root, alive);
            aliveStore.write(aliveStore.create("other-process", "wf", "{}", STEPS, Instant.now()).startedAt(Instant.now()));
            RunState done = deadStore.create("dead-done", "wf", "{}", STEPS, Instant.now());
            deadStore.write(done.endedAt(Instant.now(), RunStatus.SUCCEEDED, "ok"));
            ProcessIdentity recycled = new ProcessIdentity(sleeper.pid(), Instant.parse("2000-01-01T00:00:00Z"));
            RunStore recycledStore = new RunStore(root, recycled);
            recycledStore.write(recycledStore.create("recycled-pid", "wf", "{}", STEPS, Instant.now()).startedAt(Instant.now()));

            RunStore store = new RunStore(root, ProcessIdentity.current());
            List<String> marked = store.recover(Instant.now()).stream().map(RunState::id).sorted().toList();
            assertEquals(List.of("dead-queued", "dead-running", "recycled-pid"), marked);
            assertEquals(RunStatus.INTERRUPTED, store.read("dead-running").orElseThrow().status());
            assertTrue(store.read("dead-running").orElseThrow().message().contains("in step 'data'"));
            assertTrue(store.read("dead-queued").orElseThrow().message().contains("before its first step"));
            assertEquals(RunStatus.RUNNING, store.read("other-process").orElseThrow().status());
            assertEquals(RunStatus.SUCCEEDED, store.read("dead-done").orElseThrow().status());
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aRunFolderWithoutStatusIsListedAsInterruptedAndBadIdsAreRefused() throws Exception {
        RunStore store = new RunStore(root, ProcessIdentity.current());
        Files.createDirectory(root.resolve("half-made"));
        RunState half = store.read("half-made").orElseThrow();
        assertEquals(RunStatus.INTERRUPTED, half.status());
        assertEquals(1, store.list().size());
        assertTrue(store.read("../etc").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.directory("a/b"));
    }
}
