package org.matforge.orchestrator.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.UUID;

import org.matforge.api.workflow.WorkflowService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/** Configures the orchestrator for a test class (own run store, short plug-in wait) and hands out its service. */
final class Orchestration implements AutoCloseable {
    static final String PID = "org.matforge.orchestrator";

    private final ServiceTracker<WorkflowService, WorkflowService> tracker;
    private final Configuration configuration;
    final Path runs;

    private Orchestration(ServiceTracker<WorkflowService, WorkflowService> tracker, Configuration configuration, Path runs) {
        this.tracker = tracker;
        this.configuration = configuration;
        this.runs = runs;
    }

    /** @return an orchestrator with a fresh run store, {@code maxConcurrentRuns} 2 and the given plug-in wait */
    static Orchestration start(BundleContext context, ConfigurationAdmin admin, double pluginWaitSeconds) throws Exception {
        String marker = UUID.randomUUID().toString();
        Path runs = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "itest-runs-");
        Configuration c = admin.getConfiguration(PID, "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("runStore", runs.toString());
        props.put("maxConcurrentRuns", 2);
        props.put("pluginWaitSeconds", pluginWaitSeconds);
        props.put("itest.marker", marker);
        c.update(props);
        ServiceTracker<WorkflowService, WorkflowService> tracker = new ServiceTracker<>(context,
                FrameworkUtil.createFilter("(&(objectClass=" + WorkflowService.class.getName() + ")(itest.marker=" + marker + "))"), null);
        tracker.open();
        if (tracker.waitForService(Duration.ofSeconds(20).toMillis()) == null) {
            throw new AssertionError("the configured WorkflowService did not appear within 20 s");
        }
        return new Orchestration(tracker, c, runs);
    }

    WorkflowService service() {
        return tracker.getService();
    }

    /** @return the base test workflow with {@code name}; {@code extraScreens} is appended to the validity screen list */
    static String workflow(String name, String extraScreens) {
        return """
                {"schema": 1, "name": "%s", "seed": 7, "steps": [
                  {"name": "data", "type": "load", "source": "test-csv", "parameters": {"path": "matbench/expt_gap.csv", "target": "band_gap", "rows": 1500}},
                  {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"]},
                  {"name": "features", "type": "featurize", "input": "clean", "featurizers": ["magpie"]},
                  {"name": "gap-model", "type": "train-predictor", "input": "features", "trainer": "knn", "target": "band_gap", "unit": "eV",
                   "holdout": 0.2, "parameters": {"k": 5}},
                  {"name": "generator", "type": "train-generator", "input": "clean", "trainer": "element-mix"},
                  {"name": "sampled", "type": "sample", "generator": "generator", "count": 400},
                  {"name": "valid", "type": "screen", "input": "sampled", "screens": ["smact-validity"%s]},
                  {"name": "predicted", "type": "predict", "input": "valid", "predictors": ["gap-model"]},
                  {"name": "ranked", "type": "rank", "input": "predicted", "objectives": ["band_gap:max", "band_gap.std:min"]},
                  {"name": "report", "type": "report", "input": "ranked", "training": "clean", "top": 20}
                ]}
                """.formatted(name, extraScreens);
    }

    @Override
    public void close() throws IOException {
        tracker.close();
        configuration.delete();
    }
}
