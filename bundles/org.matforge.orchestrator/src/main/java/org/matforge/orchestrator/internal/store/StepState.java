package org.matforge.orchestrator.internal.store;

import java.time.Instant;

import org.matforge.api.workflow.RunStatus;

/**
 * How one step of a run went.
 *
 * @param name    the step's name
 * @param type    the step type id
 * @param status  RUNNING while it runs, then SUCCEEDED, FAILED, CANCELLED or INTERRUPTED; QUEUED before
 * @param started when it started, or null
 * @param ended   when it ended, or null
 * @param message its outcome in a line (e.g. "3,000 candidates", or the failure)
 */
public record StepState(String name, String type, RunStatus status, Instant started, Instant ended, String message) {
    /** @return a step not started yet */
    public static StepState pending(String name, String type) {
        return new StepState(name, type, RunStatus.QUEUED, null, null, "");
    }

    /** @return this step running since {@code now} */
    public StepState running(Instant now) {
        return new StepState(name, type, RunStatus.RUNNING, now, null, "");
    }

    /** @return this step ended with {@code status} */
    public StepState ended(RunStatus status, Instant now, String message) {
        return new StepState(name, type, status, started, now, message == null ? "" : message);
    }
}
