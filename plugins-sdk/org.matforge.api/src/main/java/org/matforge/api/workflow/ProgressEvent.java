package org.matforge.api.workflow;

import java.time.Duration;
import java.util.Optional;

/**
 * Progress of a run, sent to {@link RunListener}s as steps advance.
 *
 * @param runId    the run
 * @param step     the step's name
 * @param fraction overall progress in [0, 1]
 * @param message  what is happening
 * @param eta      estimated time to the end, when known
 * @param status   the run's status after this event
 */
public record ProgressEvent(String runId, String step, double fraction, String message, Optional<Duration> eta,
        RunStatus status) {
}
