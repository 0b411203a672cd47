package org.matforge.orchestrator.internal.engine;

import java.util.function.BooleanSupplier;

/**
 * Why a run should stop early: cancelled on request (here or through the store by another process), a plug-in it
 * uses went away, or the runtime is stopping. Thread-safe; plug-ins poll it through their task context.
 */
public final class RunControl {
    private static final long POLL_NANOS = 500_000_000L;

    private final BooleanSupplier externalCancel;
    private volatile boolean cancelled;
    private volatile String cancelReason;
    private volatile String gone;
    private volatile String stopping;
    private volatile long lastPoll = System.nanoTime();

    /** @param externalCancel whether another process asked to cancel (polled at most twice a second) */
    public RunControl(BooleanSupplier externalCancel) {
        this.externalCancel = externalCancel;
    }

    /** Asks the run to stop as cancelled. */
    public void cancel() {
        cancel(null);
    }

    /** Asks the run to stop as cancelled, saying why (e.g. "the runtime received SIGTERM"); the first reason counts. */
    public synchronized void cancel(String reason) {
        if (!cancelled) {
            cancelReason = reason;
        }
        cancelled = true;
    }

    /** Records that a plug-in went away, which fails the run with {@code message}; the first one counts. */
    public synchronized void pluginGone(String message) {
        if (gone == null) {
            gone = message;
        }
    }

    /** Asks the run to stop as interrupted because the runtime is stopping, unless it was cancelled already. */
    public synchronized void stopping(String reason) {
        if (!cancelled) {
            stopping = reason;
        }
    }

    /** @return whether the run should stop */
    public boolean shouldStop() {
        if (cancelled || gone != null || stopping != null) {
            return true;
        }
        long now = System.nanoTime();
        if (now - lastPoll > POLL_NANOS) {
            lastPoll = now;
            if (externalCancel.getAsBoolean()) {
                cancelled = true;
            }
        }
        return cancelled;
    }

    /** @return the message of the plug-in that went away, or null */
    public String gone() {
        return gone;
    }

    /** @return why the runtime stops, or null */
    public String stoppingReason() {
        return stopping;
    }

    /** @return why the run was cancelled, or null when no reason was given */
    public String cancelReason() {
        return cancelReason;
    }

    /** @return whether the run was cancelled */
    public boolean cancelled() {
        return cancelled;
    }
}
