package org.matforge.orchestrator.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.UUID;

import org.matforge.api.workflow.WorkflowService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

/** Configures the orchestrator for a test (own run store, short plug-in wait) and hands out its service. */
final class Orchestration implements AutoCloseable {
    static final String PID = "org.matforge.orchestrator";
    private static final long WAIT_MILLIS = 20_000;

    private final BundleContext context;
    private final ServiceReference<WorkflowService> reference;
    private final WorkflowService service;
    private final Configuration configuration;
    final Path runs;

    private Orchestration(BundleContext context, ServiceReference<WorkflowService> reference, WorkflowService service,
            Configuration configuration, Path runs) {
        this.context = context;
        this.reference = reference;
        this.service = service;
        this.configuration = configuration;
        this.runs = runs;
    }

    /**
     * @return an orchestrator with a fresh run store, {@code maxConcurrentRuns} 2 and the given plug-in wait. The
     *         registry is polled for the service carrying this configuration's marker (not followed with a
     *         tracker: during reconfiguration SCR may hand a tracker null for a service it is re-registering).
     */
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
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            for (ServiceReference<WorkflowService> r : references(context, marker)) {
                WorkflowService s = context.getService(r);
                if (s != null) {
                    return new Orchestration(context, r, s, c, runs);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the configured WorkflowService did not appear within 20 s; " + components(context));
    }

    private static Collection<ServiceReference<WorkflowService>> references(BundleContext context, String marker) throws InvalidSyntaxException {
        return context.getServiceReferences(WorkflowService.class, "(itest.marker=" + marker + ")");
    }

    /** @return what Declarative Services says about the orchestrator's component, for failure messages */
    private static String components(BundleContext context) {
        ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> scr = new ServiceTracker<>(context, ServiceComponentRuntime.class, null);
        scr.open();
        try {
            StringBuilder out = new StringBuilder();
            for (ComponentDescriptionDTO d : scr.getService().getComponentDescriptionDTOs()) {
                if (d.name.contains("WorkflowService")) {
                    for (ComponentConfigurationDTO c : scr.getService().getComponentConfigurationDTOs(d)) {
                        out.append(d.name).append(" state ").append(c.state).append(" failure ").append(c.failure)
                                .append(" properties ").append(c.properties).append("; ");
                    }
                }
            }
            return out.toString();
        } finally {
            scr.close();
        }
    }

    WorkflowService service() {
        return service;
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
        try {
            context.ungetService(reference);
        } catch (IllegalStateException alreadyGone) {
            // the component was reconfigured meanwhile
        }
        configuration.delete();
    }
}
