package org.matforge.orchestrator.internal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.matforge.api.workflow.ProgressEvent;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.StepSummary;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.orchestrator.internal.store.RunState;
import org.matforge.orchestrator.internal.store.RunStore;
import org.matforge.orchestrator.internal.store.StepState;
import org.matforge.orchestrator.internal.workflow.PluginCatalog;
import org.matforge.orchestrator.internal.workflow.Workflow;
import org.matforge.orchestrator.internal.workflow.WorkflowParser;

/**
 * The workflow service in plain Java: validates and queues workflows, runs at most {@code maxConcurrent} at once
 * on its own threads, and answers from memory for its own runs and from the store for all others (earlier
 * processes, or other processes sharing the store).
 */
public final class Orchestrator implements LocalWorkflowService, AutoCloseable {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Duration POLL = Duration.ofMillis(200);

    private final RunStore store;
    private final PluginCatalog catalog;
    private final PluginResolver resolver;
    private final Settings settings;
    private final Consumer<ProgressEvent> listeners;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<String, RunExecution> executions = new ConcurrentHashMap<>();
    private final Deque<String> finished = new ArrayDeque<>();
    private final MemoryRelease memory;

    /**
     * Opens the store and marks runs of processes that are gone as interrupted.
     *
     * @param listeners receives every progress event of every run
     */
    public Orchestrator(Settings settings, PluginCatalog catalog, PluginResolver resolver, Consumer<ProgressEvent> listeners, Clock clock,
            RunStore store) throws IOException {
        this(settings, catalog, resolver, listeners, clock, store, MemoryRelease.none());
    }

    /**
     * As {@link #Orchestrator(Settings, PluginCatalog, PluginResolver, Consumer, Clock, RunStore)}, releasing memory
     * through {@code memory} whenever a run has ended.
     */
    public Orchestrator(Settings settings, PluginCatalog catalog, PluginResolver resolver, Consumer<ProgressEvent> listeners, Clock clock,
            RunStore store, MemoryRelease memory) throws IOException {
        this.memory = memory;
        this.settings = settings;
        this.catalog = catalog;
        this.resolver = resolver;
        this.listeners = listeners;
        this.clock = clock;
        this.store = store;
        store.recover(clock.instant());
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.maxConcurrent(), settings.maxConcurrent(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "matforge-run-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    @Override
    public String submit(String workflowJson) throws WorkflowException {
        return submit(workflowJson, null);
    }

    /** @param folder the workflow file's folder, or null when the document was not read from a file */
    @Override
    public String submit(String workflowJson, Path folder) throws WorkflowException {
        Workflow workflow;
        try {
            workflow = new WorkflowParser(catalog, settings.pluginWait()).parse(workflowJson, folder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkflowException(List.of(new WorkflowProblem("(document)", "interrupted while waiting for plug-ins")));
        }
        List<StepState> steps = workflow.steps().stream().map(s -> StepState.pending(s.name(), s.type().id())).toList();
        RunState first;
        String id;
        try {
            id = newId(workflow.name());
            first = store.create(id, workflow.name(), workflowJson, steps, clock.instant());
            store.log(id, clock.instant(), "submitted; queued behind " + queued() + " run(s)");
        } catch (IOException e) {
            throw new UncheckedIOException("the run store " + store.root() + " cannot be written: " + e.getMessage(), e);
        }
        RunExecution execution = new RunExecution(first, workflow, store, resolver, settings, listeners, clock);
        executions.put(id, execution);
        executor.execute(() -> {
            try {
                execution.run();
            } finally {
                retire(id);
                memory.request();
            }
        });
        return id;
    }

    @Override
    public List<WorkflowProblem> validate(String workflowJson) {
        return validate(workflowJson, null);
    }

    /** @param folder the workflow file's folder, or null when the document was not read from a file */
    @Override
    public List<WorkflowProblem> validate(String workflowJson, Path folder) {
        try {
            return new WorkflowParser(catalog, settings.pluginWait()).validate(workflowJson, folder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(new WorkflowProblem("(document)", "interrupted while waiting for plug-ins"));
        }
    }

    @Override
    public Optional<RunSummary> run(String runId) {
        RunExecution e = executions.get(runId);
        if (e != null) {
            return Optional.of(e.state().summary(store.directory(runId)));
        }
        return store.read(runId).map(s -> s.summary(store.directory(s.id())));
    }

    @Override
    public List<StepSummary> steps(String runId) {
        RunExecution e = executions.get(runId);
        Optional<RunState> state = e != null ? Optional.of(e.state()) : store.read(runId);
        List<StepSummary> out = new ArrayList<>();
        state.ifPresent(s -> {
            for (int i = 0; i < s.steps().size(); i++) {
                StepState step = s.steps().get(i);
                out.add(new StepSummary(i, step.name(), step.type(), step.status(), Optional.ofNullable(step.started()),
                        Optional.ofNullable(step.ended()), step.message()));
            }
        });
        return out;
    }

    @Override
    public List<RunSummary> runs() {
        List<RunSummary> out = new ArrayList<>();
        try {
            for (RunState s : store.list()) {
                RunExecution e = executions.get(s.id());
                out.add((e != null ? e.state() : s).summary(store.directory(s.id())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the run store " + store.root() + " cannot be read: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public boolean cancel(String runId) {
        RunExecution e = executions.get(runId);
        if (e != null) {
            if (e.state().status().isFinal()) {
                return false;
            }
            e.control().cancel();
            return true;
        }
        Optional<RunState> s = store.read(runId);
        if (s.isEmpty() || s.get().status().isFinal() || !s.get().owner().isAlive()) {
            return false;
        }
        try {
            store.requestCancel(runId);
            return true;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot ask the owner of run " + runId + " to cancel: " + ex.getMessage(), ex);
        }
    }

    @Override
    public RunSummary await(String runId, Duration timeout) throws InterruptedException {
        RunExecution e = executions.get(runId);
        if (e != null) {
            e.await(timeout);
            return e.state().summary(store.directory(runId));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            RunSummary s = run(runId).orElseThrow(() -> new IllegalArgumentException("no run '" + runId + "'"));
            if (s.status().isFinal() || System.nanoTime() >= deadline) {
                return s;
            }
            Thread.sleep(Math.min(POLL.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        }
    }

    /**
     * Stops every queued and running run — as CANCELLED with the reason when {@code cancel}, else as INTERRUPTED
     * with it — and waits up to {@code grace} for them to record that.
     */
    public void stopRuns(String reason, boolean cancel, Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        for (RunExecution e : executions.values()) {
            if (cancel) {
                e.control().cancel(reason);
            } else {
                e.control().stopping(reason);
            }
        }
        for (RunExecution e : executions.values()) {
            if (!e.await(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))) && !e.state().status().isFinal()) {
                RunState s = e.state();
                String where = s.step().isEmpty() ? "before its first step" : "in step '" + s.step() + "'";
                try {
                    store.abandon(s, cancel ? RunStatus.CANCELLED : RunStatus.INTERRUPTED,
                            cancel ? "cancelled " + where + ": " + reason : reason + " " + where, clock.instant());
                } catch (IOException ex) {
                    // the store cannot be written: the next process marks the run interrupted
                }
            }
        }
    }

    /**
     * Stops: queued and running runs end as INTERRUPTED ("the runtime stopped"), waiting up to {@code grace} for
     * their steps to notice.
     */
    public void close(Duration grace) throws InterruptedException {
        for (RunExecution e : executions.values()) {
            e.control().stopping("the runtime stopped");
        }
        executor.shutdown();
        if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            executor.shutdownNow();
            executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        }
        memory.close(Duration.ZERO); // a release under way is of no use to a process that stops
    }

    @Override
    public void close() throws InterruptedException {
        close(Duration.ofSeconds(10));
    }

    @Override
    public Path runStore() {
        return store.root();
    }

    /** @return the run store */
    public RunStore store() {
        return store;
    }

    /**
     * Keeps the newest {@value #KEPT_FINISHED} finished runs in memory (their state answers even when the store could
     * not be written); older ones are answered from the store, so a long-running process does not grow with every run.
     */
    private void retire(String id) {
        synchronized (finished) {
            finished.addLast(id);
            while (finished.size() > KEPT_FINISHED) {
                executions.remove(finished.removeFirst());
            }
        }
    }

    static final int KEPT_FINISHED = 100;

    private long queued() {
        return executions.values().stream().filter(e -> !e.state().status().isFinal()).count();
    }

    private String newId(String workflowName) {
        String prefix = ID_TIME.format(clock.instant()) + "-";
        String suffix = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt(1 << 16));
        String name = workflowName.length() > 24 ? workflowName.substring(0, 24) : workflowName;
        return prefix + suffix + "-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
