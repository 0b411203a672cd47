package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Collections;
import java.util.Hashtable;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.WorkflowService;
import org.matforge.itest.support.Waiting;
import org.matforge.spi.screen.Screen;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/** A plug-in bundle stopped while a run uses it fails that run only; cancellation reaches a plug-in mid-call. */
class PluginGoneIT {
    private static final String SLOW = ", {\"id\": \"slow\", \"parameters\": {\"seconds\": 300}}";

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin admin;

    private Orchestration orchestration;
    private WorkflowService service;
    private Bundle slow;

    @BeforeEach
    void start() throws Exception {
        orchestration = Orchestration.start(context, admin, 2);
        service = orchestration.service();
        slow = SlowPluginBundle.install(context);
    }

    @AfterEach
    void stop() throws Exception {
        slow.uninstall();
        orchestration.close();
    }

    @Test
    void stoppingAPluginBundleMidRunFailsThatRunOnlyWhileAnotherRunSucceeds() throws Exception {
        String usesSlow = service.submit(Orchestration.workflow("uses-slow", SLOW));
        String independent = service.submit(Orchestration.workflow("independent", ""));
        Waiting.until(() -> inSlowScreen(usesSlow), Duration.ofMinutes(2), "run reaches the slow screen");

        slow.stop();

        RunSummary failed = service.await(usesSlow, Duration.ofSeconds(60));
        assertEquals(RunStatus.FAILED, failed.status(), failed.message());
        assertTrue(failed.message().startsWith("plug-in 'slow' went away during step 'valid'"), failed.message());
        JsonObject run = JsonParser.parseString(Files.readString(failed.directory().resolve("run.json"))).getAsJsonObject();
        JsonObject screen = run.getAsJsonArray("steps").get(6).getAsJsonObject();
        assertEquals("FAILED", screen.get("status").getAsString());
        JsonObject plugin = screen.getAsJsonArray("plugins").get(1).getAsJsonObject();
        assertEquals(SlowPluginBundle.SYMBOLIC_NAME, plugin.get("bundle").getAsString());
        assertEquals("1.2.3", plugin.get("bundleVersion").getAsString());

        RunSummary succeeded = service.await(independent, Duration.ofMinutes(3));
        assertEquals(RunStatus.SUCCEEDED, succeeded.status(), succeeded.message());
    }

    @Test
    void atMostTwoRunsExecuteAtOnceAndAQueuedRunCanBeCancelled() throws Exception {
        String first = service.submit(Orchestration.workflow("first", SLOW));
        String second = service.submit(Orchestration.workflow("second", SLOW));
        String third = service.submit(Orchestration.workflow("third", SLOW));
        Waiting.until(() -> inSlowScreen(first) && inSlowScreen(second), Duration.ofMinutes(2), "two runs in the slow screen");
        Thread.sleep(200);
        assertEquals(RunStatus.QUEUED, service.run(third).orElseThrow().status(), "the configured limit is 2");
        assertTrue(service.cancel(third));
        assertTrue(service.cancel(first));
        assertEquals(RunStatus.CANCELLED, service.await(first, Duration.ofSeconds(30)).status());
        RunSummary queued = service.await(third, Duration.ofSeconds(30));
        assertEquals(RunStatus.CANCELLED, queued.status());
        assertEquals("cancelled before it started", queued.message());
        assertTrue(service.cancel(second));
        assertEquals(RunStatus.CANCELLED, service.await(second, Duration.ofSeconds(30)).status());
    }

    @Test
    void aPlugInGoneBeforeItsTurnIsWaitedForABoundedTimeThenTheStepFailsNamingIt() throws Exception {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(PluginProperties.ID, "vanishing");
        Screen passAll = (candidates, parameters, task) -> Collections.nCopies(candidates.size(), ScreenResult.pass("here"));
        ServiceRegistration<Screen> vanishing = context.registerService(Screen.class, passAll, props);
        String id;
        try {
            id = service.submit(Orchestration.workflow("vanishing", ", {\"id\": \"slow\", \"parameters\": {\"seconds\": 2}}, \"vanishing\""));
            Waiting.until(() -> inSlowScreen(id), Duration.ofMinutes(2), "run reaches the slow screen");
        } finally {
            vanishing.unregister(); // before the step gets to it: nothing holds it yet
        }
        RunSummary end = service.await(id, Duration.ofSeconds(60));
        assertEquals(RunStatus.FAILED, end.status());
        assertEquals("step 'valid' (screen) failed: no screen 'vanishing' registered after waiting 2.0 s — known: element-count, novelty, pareto, property-window, slow, smact-validity, stability, uniqueness", end.message());
    }

    private boolean inSlowScreen(String id) {
        return service.run(id).orElseThrow().message().equals("slow screen waiting");
    }

    @Test
    void cancellingReachesThePlugInMidCall() throws Exception {
        String id = service.submit(Orchestration.workflow("cancelled", SLOW));
        Waiting.until(() -> inSlowScreen(id), Duration.ofMinutes(2), "run reaches the slow screen");
        assertTrue(service.cancel(id));
        RunSummary end = service.await(id, Duration.ofSeconds(30));
        assertEquals(RunStatus.CANCELLED, end.status(), end.message());
        assertEquals("cancelled in step 'valid'", end.message());
        assertTrue(!service.cancel(id), "an ended run cannot be cancelled");
    }
}
