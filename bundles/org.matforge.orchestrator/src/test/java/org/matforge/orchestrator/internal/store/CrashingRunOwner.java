package org.matforge.orchestrator.internal.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.matforge.api.workflow.RunStatus;
import org.matforge.commons.io.AtomicFiles;

/**
 * Child-process side of {@link RunStoreCrashTest}: finishes one run with an artefact, then starts another and
 * rewrites its status as fast as it can until it is killed, so that the kill most likely lands mid-write.
 */
public final class CrashingRunOwner {
    private CrashingRunOwner() {
    }

    /** @param args the store's folder */
    public static void main(String[] args) throws Exception {
        RunStore store = new RunStore(Path.of(args[0]), ProcessIdentity.current());
        List<StepState> steps = List.of(StepState.pending("train", "train-predictor"), StepState.pending("report", "report"));
        RunState done = store.create("finished", "wf", "{\"schema\": 1}", steps, Instant.now()).startedAt(Instant.now());
        store.write(done);
        AtomicFiles.write(store.directory("finished").resolve("candidates.csv"), "rank,formula\n1,GaN\n");
        store.write(done.endedAt(Instant.now(), RunStatus.SUCCEEDED, "1 candidate"));

        RunState running = store.create("crashing", "wf", "{\"schema\": 1}", steps, Instant.now()).startedAt(Instant.now());
        running = running.withStep(0, running.steps().get(0).running(Instant.now()));
        for (long i = 0;; i++) {
            store.write(running.with(RunStatus.RUNNING, "train", (i % 1000) / 1000.0, "epoch " + i));
            store.log("crashing", Instant.now(), "epoch " + i);
            if (i == 50) {
                System.out.println("running");
                System.out.flush();
            }
        }
    }
}
