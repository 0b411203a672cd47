package org.matforge.orchestrator.internal.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;

/**
 * The persisted status of a run ({@code status.json}): where it is, and which process owns it.
 *
 * @param id           the run id
 * @param workflow     the workflow's name
 * @param status       the status
 * @param step         the current or last step, empty before the first
 * @param fraction     overall progress in [0, 1]
 * @param message      the latest progress message or the failure
 * @param submitted    when it was submitted
 * @param started      when it started, or null
 * @param ended        when it ended, or null
 * @param owner        the process executing it
 * @param steps        every step's state, in workflow order
 */
public record RunState(String id, String workflow, RunStatus status, String step, double fraction, String message,
        Instant submitted, Instant started, Instant ended, ProcessIdentity owner, List<StepState> steps) {
    /** Copies the steps. */
    public RunState {
        steps = List.copyOf(steps);
        step = step == null ? "" : step;
        message = message == null ? "" : message;
    }

    /** @return the same run with another status, step, progress and message */
    public RunState with(RunStatus newStatus, String newStep, double newFraction, String newMessage) {
        return new RunState(id, workflow, newStatus, newStep, newFraction, newMessage, submitted, started, ended, owner, steps);
    }

    /** @return the same run started at {@code now} */
    public RunState startedAt(Instant now) {
        return new RunState(id, workflow, RunStatus.RUNNING, step, fraction, message, submitted, now, ended, owner, steps);
    }

    /** @return the same run ended at {@code now} with {@code finalStatus} */
    public RunState endedAt(Instant now, RunStatus finalStatus, String finalMessage) {
        return new RunState(id, workflow, finalStatus, step, finalStatus == RunStatus.SUCCEEDED ? 1 : fraction, finalMessage,
                submitted, started, now, owner, steps);
    }

    /** @return the same run with step {@code index} replaced */
    public RunState withStep(int index, StepState state) {
        List<StepState> copy = new ArrayList<>(steps);
        copy.set(index, state);
        return new RunState(id, workflow, status, step, fraction, message, submitted, started, ended, owner, copy);
    }

    /** @return the API view, with the run's folder */
    public RunSummary summary(Path directory) {
        return new RunSummary(id, workflow, status, step, fraction, message, submitted, Optional.ofNullable(started),
                Optional.ofNullable(ended), directory);
    }
}
