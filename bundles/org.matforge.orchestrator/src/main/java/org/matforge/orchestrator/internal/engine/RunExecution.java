package org.matforge.orchestrator.internal.engine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginLease;
import org.matforge.api.workflow.ProgressEvent;
import org.matforge.api.workflow.RunStatus;
import org.matforge.orchestrator.internal.engine.artefacts.Artefact;
import org.matforge.orchestrator.internal.engine.artefacts.Artefacts;
import org.matforge.orchestrator.internal.engine.artefacts.CampaignRun;
import org.matforge.orchestrator.internal.engine.artefacts.ReportFiles;
import org.matforge.orchestrator.internal.engine.steps.Steps;
import org.matforge.orchestrator.internal.store.RunState;
import org.matforge.orchestrator.internal.store.RunStore;
import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.orchestrator.internal.workflow.Workflow;
import org.matforge.spi.task.CancelledException;

/**
 * One run of a workflow on a worker thread: executes the steps in order, passes artefacts by name, reports
 * progress to the store and the listeners, holds the plug-ins it uses until it ends, and ends with exactly one
 * final status. A failing step fails the run with its cause; a plug-in that goes away fails it with a message
 * naming the plug-in and the step.
 */
public final class RunExecution implements Runnable {
    private static final long WRITE_INTERVAL_NANOS = 1_000_000_000L;
    private static final long EVENT_INTERVAL_NANOS = 200_000_000L;

    private final String id;
    private final Workflow workflow;
    private final RunStore store;
    private final PluginResolver resolver;
    private final Settings settings;
    private final Consumer<ProgressEvent> listeners;
    private final Clock clock;
    private final RunControl control;
    private final Artefacts artefacts = new Artefacts();
    private final List<PluginLease<?>> leases = new ArrayList<>();
    private final Map<PluginRef, PluginDescriptor> leased = new ConcurrentHashMap<>();
    private final Map<String, PluginDescriptor> services = new ConcurrentHashMap<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile RunState state;
    private volatile int current = -1;
    private volatile double stepFraction;
    private Progress progress;
    private long lastWrite;
    private long lastEvent;

    /**
     * @param state     the run's first (queued) state, already in the store
     * @param listeners receives every progress event
     */
    public RunExecution(RunState state, Workflow workflow, RunStore store, PluginResolver resolver, Settings settings,
            Consumer<ProgressEvent> listeners, Clock clock) {
        this.id = state.id();
        this.state = state;
        this.workflow = workflow;
        this.store = store;
        this.resolver = resolver;
        this.settings = settings;
        this.listeners = listeners;
        this.clock = clock;
        this.control = new RunControl(() -> store.cancelRequested(id));
    }

    /** @return the run's current state */
    public RunState state() {
        return state;
    }

    /** @return the run's controls */
    public RunControl control() {
        return control;
    }

    /** @return whether it ended within the timeout */
    public boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    Path directory() {
        return store.directory(id);
    }

    @Override
    public void run() {
        Provenance provenance = null;
        RunStatus outcome = RunStatus.SUCCEEDED;
        String message = "done";
        try {
            if (control.shouldStop()) {
                outcome = stopStatus();
                message = stopMessage("before it started");
                return;
            }
            Instant now = clock.instant();
            update(s -> s.startedAt(now).with(RunStatus.RUNNING, "", 0, "started"));
            progress = new Progress(workflow.steps(), System.nanoTime());
            write(true);
            log("started workflow '" + workflow.name() + "' (" + workflow.steps().size() + " steps, seed " + workflow.seed() + ")");
            provenance = new Provenance(id, workflow, settings.describe(), resolver.backends(), directory());
            for (int i = 0; i < workflow.steps().size() && outcome == RunStatus.SUCCEEDED; i++) {
                Step step = workflow.steps().get(i);
                if (control.shouldStop()) {
                    outcome = stopStatus();
                    message = stopMessage("before step '" + step.name() + "'");
                    break;
                }
                String failure = runStep(i, step, provenance);
                if (failure != null) {
                    outcome = control.gone() != null ? RunStatus.FAILED : stopOrFail(failure);
                    message = failure;
                }
                provenance.write();
            }
            if (outcome == RunStatus.SUCCEEDED) {
                message = successMessage();
            }
        } catch (IOException e) {
            outcome = RunStatus.FAILED;
            message = "the run store could not be written: " + describe(e);
        } catch (RuntimeException e) {
            outcome = RunStatus.FAILED;
            message = "the orchestrator failed: " + describe(e);
            logCause(e);
        } finally {
            finish(provenance, outcome, message);
        }
    }

    /** @return null when the step succeeded, else why it did not */
    private String runStep(int index, Step step, Provenance provenance) {
        current = index;
        progress.stepStarted(index, System.nanoTime());
        Instant started = clock.instant();
        stepFraction = 0;
        update(s -> s.withStep(index, s.steps().get(index).running(started))
                .with(RunStatus.RUNNING, step.name(), progress.overall(index, 0), step.type().id()));
        writeQuietly(true);
        emit(true);
        log("step '" + step.name() + "' (" + step.type().id() + ") started");
        StepEnv env = new StepEnv(this, step, artefacts, provenance.step(step, started));
        long t0 = System.nanoTime();
        String failure;
        RunStatus stepStatus;
        String stepMessage;
        try {
            Artefact artefact = Steps.execute(env, workflow, state, id);
            if (control.gone() != null) {
                throw new CancelledException();
            }
            artefacts.put(step.name(), artefact);
            stepStatus = RunStatus.SUCCEEDED;
            stepMessage = artefact.describe();
            failure = null;
        } catch (CancelledException e) {
            failure = control.gone() != null ? control.gone() : stopMessage("in step '" + step.name() + "'");
            stepStatus = control.gone() != null ? RunStatus.FAILED : stopStatus();
            stepMessage = failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = stopMessage("in step '" + step.name() + "'");
            stepStatus = stopStatus();
            stepMessage = failure;
        } catch (StepException e) {
            failure = control.gone() != null ? control.gone() : "step '" + step.name() + "' (" + step.type().id() + ") failed: " + e.getMessage();
            stepStatus = RunStatus.FAILED;
            stepMessage = failure;
            logCause(e.getCause());
        } catch (Throwable e) { // a plug-in's bug (or a plug-in whose bundle stopped) fails this run, never the worker
            failure = control.gone() != null ? control.gone() : "step '" + step.name() + "' (" + step.type().id() + ") failed: " + describe(e);
            stepStatus = RunStatus.FAILED;
            stepMessage = failure;
            logCause(e);
        }
        Instant ended = clock.instant();
        env.record().addProperty("ended", ended.toString());
        env.record().addProperty("seconds", (System.nanoTime() - t0) / 1e9);
        env.record().addProperty("status", stepStatus.name());
        env.record().addProperty("message", stepMessage);
        RunStatus endedAs = stepStatus;
        String endMessage = stepMessage;
        update(s -> s.withStep(index, s.steps().get(index).ended(endedAs, ended, endMessage))
                .with(RunStatus.RUNNING, step.name(), progress.overall(index, 1), endMessage));
        log(String.format(Locale.ROOT, "step '%s' %s in %.1f s: %s", step.name(), stepStatus.name().toLowerCase(Locale.ROOT),
                (System.nanoTime() - t0) / 1e9, stepMessage));
        writeQuietly(true);
        return failure;
    }

    private void finish(Provenance provenance, RunStatus outcome, String message) {
        if (!finished.compareAndSet(false, true)) {
            throw new IllegalStateException("run " + id + " finished twice");
        }
        try {
            Instant now = clock.instant();
            for (PluginLease<?> lease : leases) {
                lease.close();
            }
            leases.clear();
            artefacts.clear();
            update(s -> s.endedAt(now, outcome, message));
            log(outcome.name() + ": " + message);
            if (provenance != null) {
                provenance.ended(outcome.name(), message, now);
                try {
                    provenance.write();
                } catch (IOException e) {
                    log("could not write " + Provenance.FILE + ": " + e.getMessage());
                }
            }
            writeQuietly(true);
            emit(true);
        } finally {
            done.countDown();
        }
    }

    private String successMessage() {
        return artefacts.all(ReportFiles.class).stream().reduce((a, b) -> b)
                .map(r -> "report: " + r.report())
                .or(() -> artefacts.all(CampaignRun.class).stream().reduce((a, b) -> b).map(c -> "report: " + c.report()))
                .orElse("done: " + workflow.steps().size() + " steps");
    }

    private RunStatus stopStatus() {
        return control.stoppingReason() != null ? RunStatus.INTERRUPTED : RunStatus.CANCELLED;
    }

    private RunStatus stopOrFail(String failure) {
        if (control.stoppingReason() != null) {
            return RunStatus.INTERRUPTED;
        }
        return control.cancelled() ? RunStatus.CANCELLED : RunStatus.FAILED;
    }

    private String stopMessage(String where) {
        return control.stoppingReason() != null ? control.stoppingReason() + " " + where
                : "cancelled " + where + (control.cancelReason() == null ? "" : ": " + control.cancelReason());
    }

    /** Leases a plug-in for the rest of the run; its disappearance fails the run. */
    <T> PluginLease<T> lease(PluginRef ref, Class<T> type) throws StepException, InterruptedException {
        PluginLease<T>[] holder = new PluginLease[1];
        PluginLease<T> lease = resolver.acquire(ref, type, settings.pluginWait(), () -> {
            int at = current;
            String step = at >= 0 ? workflow.steps().get(at).name() : "(none)";
            String who = holder[0] == null ? ref.kind().id() + " '" + ref.id() + "'" : holder[0].descriptor().describe();
            control.pluginGone("plug-in '" + ref.id() + "' went away during step '" + step + "' (" + who + " was unregistered)");
            log("plug-in '" + ref.id() + "' went away during step '" + step + "'");
        });
        holder[0] = lease;
        synchronized (leases) {
            leases.add(lease);
        }
        leased.put(ref, lease.descriptor());
        log("using " + lease.descriptor().describe() + " for " + ref.path());
        return lease;
    }

    /** Leases a platform service (not a plug-in kind) for the rest of the run; its disappearance fails the run. */
    <T> PluginLease<T> leaseService(Class<T> type, String path) throws StepException, InterruptedException {
        PluginLease<T> lease = resolver.acquireService(type, path, settings.pluginWait(), () -> {
            int at = current;
            String step = at >= 0 ? workflow.steps().get(at).name() : "(none)";
            control.pluginGone("service " + type.getSimpleName() + " went away during step '" + step + "'");
            log("service " + type.getSimpleName() + " went away during step '" + step + "'");
        });
        synchronized (leases) {
            leases.add(lease);
        }
        services.put(path, lease.descriptor());
        log("using " + lease.descriptor().describe() + " for " + path);
        return lease;
    }

    List<String> pluginsUsed() {
        Map<String, String> lines = new java.util.TreeMap<>();
        leased.forEach((ref, p) -> lines.put(ref.path(), p.describe()));
        services.forEach((path, p) -> lines.put(path, p.describe()));
        List<String> out = new ArrayList<>();
        lines.forEach((path, d) -> out.add(path + ": " + d));
        return out;
    }

    PluginDescriptor provenance(PluginRef ref) {
        return leased.get(ref);
    }

    /** Progress of the running step, from any thread of a plug-in; the fraction never goes back within a step. */
    synchronized void stepProgress(double fraction, String message) {
        int at = current;
        if (at < 0 || progress == null) {
            return;
        }
        this.stepFraction = Math.max(this.stepFraction, Double.isNaN(fraction) ? 0 : fraction);
        if (state.status().isFinal()) {
            return;
        }
        state = state.with(RunStatus.RUNNING, workflow.steps().get(at).name(), progress.overall(at, stepFraction), message);
        writeQuietly(false);
        emit(false);
    }

    void log(String line) {
        try {
            store.log(id, clock.instant(), line);
        } catch (IOException e) {
            // the status file still records the outcome; a log line is not worth failing the run for
        }
    }

    private void logCause(Throwable e) {
        if (e != null) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            log("cause: " + trace);
        }
    }

    public static String describe(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "" : e.getMessage();
        boolean plain = e instanceof IllegalArgumentException || e instanceof IllegalStateException || e instanceof UnsupportedOperationException;
        return plain && !message.isEmpty() ? message : e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private synchronized void update(java.util.function.UnaryOperator<RunState> change) {
        state = change.apply(state);
    }

    private synchronized void write(boolean force) throws IOException {
        long now = System.nanoTime();
        if (force || now - lastWrite >= WRITE_INTERVAL_NANOS) {
            lastWrite = now;
            store.write(state);
        }
    }

    private void writeQuietly(boolean force) {
        try {
            write(force);
        } catch (IOException e) {
            log("could not write " + RunStore.STATUS + ": " + e.getMessage());
        }
    }

    private void emit(boolean force) {
        long now = System.nanoTime();
        synchronized (this) {
            if (!force && now - lastEvent < EVENT_INTERVAL_NANOS) {
                return;
            }
            lastEvent = now;
        }
        RunState s = state;
        int at = current;
        ProgressEvent event = new ProgressEvent(id, s.step(), s.fraction(), s.message(),
                s.status().isFinal() || progress == null || at < 0 ? java.util.Optional.empty() : progress.eta(at, stepFraction, now), s.status());
        try {
            listeners.accept(event);
        } catch (RuntimeException e) {
            log("a run listener failed: " + describe(e));
        }
    }
}
