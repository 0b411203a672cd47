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
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Configures the orchestrator for a test (own run store, short plug-in wait) and hands out its service. The
 * configuration is updated, never deleted between tests: deleting it and creating it again at once sometimes left
 * the component active with the new properties while its service kept none of them (seen with Felix SCR 2.2.12).
 */
final class Orchestration implements AutoCloseable {
    static final String PID = "org.matforge.orchestrator";
    private static final long WAIT_MILLIS = 20_000;

    private final BundleContext context;
    private final ServiceReference<WorkflowService> reference;
    private final WorkflowService service;
    final Path runs;

    private Orchestration(BundleContext context, ServiceReference<WorkflowService> reference, WorkflowService service, Path runs) {
        this.context = context;
        this.reference = reference;
        this.service = service;
        this.runs = runs;
    }

    /**
     * @return an orchestrator with a fresh run store, {@code maxConcurrentRuns} 2 and the given plug-in wait: one
     *         update of its configuration, then the registry is polled for the service carrying this update's marker
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
                    return new Orchestration(context, r, s, runs);
                }
            }
            Thread.sleep(50);
        }
        StringBuilder seen = new StringBuilder();
        org.osgi.framework.ServiceReference<?>[] all = context.getAllServiceReferences(null, "(itest.marker=" + marker + ")");
        seen.append("all with marker: ").append(all == null ? 0 : all.length).append("; ");
        for (ServiceReference<WorkflowService> r : references(context, marker)) {
            seen.append("reference ").append(r.getProperty("service.id")).append(" gives ").append(context.getService(r)).append("; ");
        }
        throw new AssertionError("the configured WorkflowService did not appear within 20 s; " + seen + components(context) + log(context));
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

    /** @return the framework log's warnings and errors, newest first, for failure messages */
    private static String log(BundleContext context) {
        ServiceTracker<LogReaderService, LogReaderService> reader = new ServiceTracker<>(context, LogReaderService.class, null);
        reader.open();
        try {
            StringBuilder out = new StringBuilder(" log:");
            java.util.Enumeration<LogEntry> entries = reader.getService() == null ? java.util.Collections.emptyEnumeration() : reader.getService().getLog();
            int n = 0;
            while (entries.hasMoreElements() && n < 15) {
                LogEntry e = entries.nextElement();
                if (e.getLogLevel().implies(LogLevel.WARN)) {
                    out.append("\n  ").append(e.getLogLevel()).append(" ").append(e.getBundle().getSymbolicName()).append(": ").append(e.getMessage())
                            .append(e.getException() == null ? "" : " — " + e.getException());
                    n++;
                }
            }
            return out.toString();
        } finally {
            reader.close();
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
    }
}
