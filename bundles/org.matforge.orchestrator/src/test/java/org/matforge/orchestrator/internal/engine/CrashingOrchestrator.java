package org.matforge.orchestrator.internal.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.matforge.api.workflow.RunStatus;
import org.matforge.orchestrator.internal.store.ProcessIdentity;
import org.matforge.orchestrator.internal.store.RunStore;

/**
 * Child-process side of {@link OrchestratorCrashTest}: runs one workflow to its end, starts another whose data
 * source never finishes, prints the ids and waits to be killed.
 */
public final class CrashingOrchestrator {
    private CrashingOrchestrator() {
    }

    /** @param args the run store folder */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        InProcessPlugins plugins = new InProcessPlugins();
        Orchestrator o = new Orchestrator(new Settings(root, 2, Duration.ZERO), plugins, plugins, e -> { }, Clock.systemUTC(),
                new RunStore(root, ProcessIdentity.current()));
        String finished = o.submit(OrchestratorCrashTest.workflow("finished", false));
        if (o.await(finished, Duration.ofMinutes(1)).status() != RunStatus.SUCCEEDED) {
            System.out.println("the first run did not succeed: " + o.run(finished).orElseThrow().message());
            return;
        }
        String killed = o.submit(OrchestratorCrashTest.workflow("killed", true));
        while (!o.run(killed).orElseThrow().message().equals("slowly loading")) {
            Thread.sleep(10);
        }
        Thread.sleep(1500); // let the status file catch up with the progress (written at most once a second)
        System.out.println(finished + " " + killed);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
