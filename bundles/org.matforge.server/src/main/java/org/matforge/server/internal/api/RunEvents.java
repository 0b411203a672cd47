package org.matforge.server.internal.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.matforge.api.workflow.ProgressEvent;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;

import com.google.gson.JsonObject;

/**
 * The events of each run, numbered from 1 per run, kept so that a client that reconnects with the last id it saw
 * gets what it missed (Server-Sent Events' {@code Last-Event-ID}). Events: {@code status} (the status changed),
 * {@code step} (a new step began), {@code progress} (fraction and message), {@code log} (a new message) and a
 * final {@code done}. Bounded: the newest {@code maxRuns} runs, the newest {@code maxEvents} events of each.
 */
public final class RunEvents {
    /** One event: its number in the run, type and JSON data. */
    public record Event(long id, String type, String data) {
    }

    private final int maxRuns;
    private final int maxEvents;
    private final Map<String, Log> logs;

    public RunEvents(int maxRuns, int maxEvents) {
        this.maxRuns = maxRuns;
        this.maxEvents = maxEvents;
        this.logs = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Log> eldest) {
                return size() > RunEvents.this.maxRuns;
            }
        };
    }

    private static final class Log {
        final List<Event> events = new ArrayList<>();
        long next = 1;
        RunStatus status;
        String step = "";
        String message = "";
        boolean done;
    }

    private synchronized Log log(String runId) {
        return logs.computeIfAbsent(runId, id -> new Log());
    }

    /** Records a progress event of the workflow service. */
    public void progress(ProgressEvent e) {
        Log log = log(e.runId());
        synchronized (log) {
            update(log, e.status(), e.step(), e.fraction(), e.message());
            log.notifyAll();
        }
    }

    /** Records a run's state as read from the service (a run this process did not see start, or its end). */
    public void observe(RunSummary s) {
        Log log = log(s.id());
        synchronized (log) {
            if (log.status != s.status() || !log.done && s.status().isFinal()) {
                update(log, s.status(), s.step(), s.fraction(), s.message());
                log.notifyAll();
            }
        }
    }

    private void update(Log log, RunStatus status, String step, double fraction, String message) {
        if (log.done) {
            return;
        }
        String stepName = step == null ? "" : step;
        String text = message == null ? "" : message;
        if (!stepName.isEmpty() && !stepName.equals(log.step)) {
            JsonObject d = new JsonObject();
            d.addProperty("step", stepName);
            add(log, "step", d);
        }
        if (status != log.status) {
            JsonObject d = new JsonObject();
            d.addProperty("status", status.name());
            d.addProperty("message", text);
            add(log, "status", d);
        }
        JsonObject p = new JsonObject();
        p.addProperty("progress", fraction);
        p.addProperty("step", stepName);
        p.addProperty("status", status.name());
        p.addProperty("message", text);
        add(log, "progress", p);
        if (!text.isEmpty() && !Objects.equals(text, log.message)) {
            JsonObject d = new JsonObject();
            d.addProperty("message", text);
            add(log, "log", d);
        }
        log.status = status;
        log.step = stepName;
        log.message = text;
        if (status.isFinal()) {
            JsonObject d = new JsonObject();
            d.addProperty("status", status.name());
            d.addProperty("message", text);
            add(log, "done", d);
            log.done = true;
        }
    }

    private void add(Log log, String type, JsonObject data) {
        log.events.add(new Event(log.next++, type, data.toString()));
        if (log.events.size() > maxEvents) {
            log.events.remove(0);
        }
    }

    /**
     * Waits up to {@code wait} for events after {@code afterId}.
     *
     * @return the events with a larger id, oldest first (empty when none came in time)
     */
    public List<Event> after(String runId, long afterId, Duration wait) throws InterruptedException {
        Log log = log(runId);
        synchronized (log) {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                List<Event> out = new ArrayList<>();
                for (Event e : log.events) {
                    if (e.id() > afterId) {
                        out.add(e);
                    }
                }
                long left = deadline - System.nanoTime();
                if (!out.isEmpty() || left <= 0) {
                    return out;
                }
                log.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** @return whether the run's {@code done} event has been recorded */
    public boolean done(String runId) {
        Log log = log(runId);
        synchronized (log) {
            return log.done;
        }
    }
}
