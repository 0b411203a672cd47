package org.matforge.orchestrator.internal.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A process by pid and start time; the start time guards against a recycled pid.
 *
 * @param pid     the process id
 * @param started when the process started, or null when the platform does not say
 */
public record ProcessIdentity(long pid, Instant started) {
    /** @return this JVM */
    public static ProcessIdentity current() {
        ProcessHandle self = ProcessHandle.current();
        return new ProcessIdentity(self.pid(), self.info().startInstant().orElse(null));
    }

    /** @return whether that process is still running */
    public boolean isAlive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Optional<Instant> start = handle.get().info().startInstant();
        return started == null || start.isEmpty() || start.get().equals(started);
    }
}
