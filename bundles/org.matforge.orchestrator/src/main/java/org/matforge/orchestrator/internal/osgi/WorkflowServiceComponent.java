package org.matforge.orchestrator.internal.osgi;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.matforge.api.plugin.PluginRegistry;
import org.matforge.api.workflow.ProgressEvent;
import org.matforge.api.workflow.RunListener;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.StepSummary;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.api.workflow.WorkflowService;
import org.matforge.orchestrator.internal.engine.LocalWorkflowService;
import org.matforge.orchestrator.internal.engine.MemoryRelease;
import org.matforge.orchestrator.internal.engine.Orchestrator;
import org.matforge.orchestrator.internal.engine.Settings;
import org.matforge.orchestrator.internal.store.ProcessIdentity;
import org.matforge.orchestrator.internal.store.RunStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link WorkflowService}: a thin DS adapter over {@link Orchestrator}, with plug-ins from the catalogue ({@link PluginRegistry})
 * and progress delivered to {@link RunListener} services (whiteboard; {@code matforge.run} narrows one to a run).
 */
@Component(service = {WorkflowService.class, LocalWorkflowService.class}, immediate = true, configurationPid = "org.matforge.orchestrator")
@Designate(ocd = OrchestratorConfig.class)
public final class WorkflowServiceComponent implements LocalWorkflowService {
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Orchestrator orchestrator;

    /** A listener and the run it follows (null: all). */
    private record Listener(RunListener listener, String run) {
    }

    /** Opens the run store (marking runs of dead processes interrupted) and starts the executor. */
    @Activate
    public WorkflowServiceComponent(BundleContext context, OrchestratorConfig config, @Reference PluginRegistry registry) throws IOException {
        Path root = runStore(context, config);
        Settings settings = new Settings(root, config.maxConcurrentRuns(), Duration.ofMillis((long) (config.pluginWaitSeconds() * 1000)));
        RegistryPlugins plugins = new RegistryPlugins(registry);
        orchestrator = new Orchestrator(settings, plugins, plugins, this::deliver, Clock.systemUTC(),
                new RunStore(root, ProcessIdentity.current()),
                config.releaseMemoryAfterRuns() ? MemoryRelease.ofThisJvm(report -> { }) : MemoryRelease.none());
        ShutdownCause.of("", new StackTraceElement[0]); // loaded now: the hook may run after this bundle's class loader is gone
        Runtime.getRuntime().addShutdownHook(exitHook);
    }

    /**
     * @return the run store: the launcher's {@code --runs DIR} (framework property {@value #RUNS_PROPERTY}) when given,
     *         else the configured folder, by default {@code MATFORGE_HOME/runs}; absolute
     */
    static Path runStore(BundleContext context, OrchestratorConfig config) {
        String given = context.getProperty(RUNS_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        String home = Optional.ofNullable(context.getProperty("matforge.home")).orElse(System.getProperty("user.dir"));
        return Path.of(config.runStore().replace("${matforge.home}", home)).toAbsolutePath().normalize();
    }

    /** Framework property naming the run store folder, set by the launcher's {@code --runs DIR} or {@code MATFORGE_RUNS}. */
    static final String RUNS_PROPERTY = "matforge.runs";

    /**
     * When the JVM exits while runs are active — Ctrl-C, SIGTERM, or a plug-in calling {@code System.exit} — ends
     * them as CANCELLED (a signal) or INTERRUPTED (an exit call), with the reason, before the process is gone.
     */
    private final Thread exitHook = new Thread(this::stopRunsForJvmExit, "matforge-runs-on-exit");

    private void stopRunsForJvmExit() {
        ShutdownCause cause = ShutdownCause.ofJvmExit().orElse(new ShutdownCause("the runtime is exiting", false));
        try {
            orchestrator.stopRuns(cause.reason(), cause.cancel(), EXIT_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final Duration EXIT_GRACE = Duration.ofSeconds(10);

    /** Ends running runs as interrupted, or as the JVM's exit says (see {@link #stopRunsForJvmExit()}). */
    @Deactivate
    public void deactivate() throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException jvmExiting) {
            // the hook runs itself; stopping here too (the framework may stop first) gives the same reason
        }
        Optional<ShutdownCause> cause = ShutdownCause.ofJvmExit();
        if (cause.isPresent()) {
            orchestrator.stopRuns(cause.get().reason(), cause.get().cancel(), EXIT_GRACE);
        }
        orchestrator.close(EXIT_GRACE);
    }

    @Reference(service = RunListener.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(RunListener listener, Map<String, Object> properties) {
        Object run = properties.get(RunListener.RUN);
        listeners.add(new Listener(listener, run == null ? null : run.toString()));
    }

    void removeListener(RunListener listener) {
        listeners.removeIf(l -> l.listener == listener);
    }

    private void deliver(ProgressEvent event) {
        for (Listener l : listeners) {
            if (l.run == null || l.run.equals(event.runId())) {
                try {
                    l.listener.progress(event);
                } catch (RuntimeException e) {
                    // a listener's failure must not touch the run
                }
            }
        }
    }

    @Override
    public String submit(String workflowJson) throws WorkflowException {
        return orchestrator.submit(workflowJson);
    }

    @Override
    public String submit(String workflowJson, Path folder) throws WorkflowException {
        return orchestrator.submit(workflowJson, folder);
    }

    @Override
    public List<WorkflowProblem> validate(String workflowJson) {
        return orchestrator.validate(workflowJson);
    }

    @Override
    public List<WorkflowProblem> validate(String workflowJson, Path folder) {
        return orchestrator.validate(workflowJson, folder);
    }

    @Override
    public Optional<RunSummary> run(String runId) {
        return orchestrator.run(runId);
    }

    @Override
    public List<StepSummary> steps(String runId) {
        return orchestrator.steps(runId);
    }

    @Override
    public List<RunSummary> runs() {
        return orchestrator.runs();
    }

    @Override
    public boolean cancel(String runId) {
        return orchestrator.cancel(runId);
    }

    @Override
    public Path runStore() {
        return orchestrator.runStore();
    }

    @Override
    public RunSummary await(String runId, Duration timeout) throws InterruptedException {
        return orchestrator.await(runId, timeout);
    }
}
