package org.matforge.api.workflow;

/** Where a workflow run is in its life. */
public enum RunStatus {
    /** Accepted, waiting for a free execution slot. */
    QUEUED,
    /** Executing steps. */
    RUNNING,
    /** All steps finished. */
    SUCCEEDED,
    /** A step failed; the run's message names the step and cause. */
    FAILED,
    /** Cancelled on request. */
    CANCELLED,
    /** The process stopped while the run was executing (crash, kill); found so at the next start. */
    INTERRUPTED;

    /** @return whether the run has ended and will not change again */
    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
