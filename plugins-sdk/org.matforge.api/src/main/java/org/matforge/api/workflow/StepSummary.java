package org.matforge.api.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of one step of a workflow run. Since 1.2.
 *
 * @param index   the step's position in the workflow, from 0
 * @param name    the step's name
 * @param type    the step type id, e.g. {@code featurize}
 * @param status  QUEUED before it starts, RUNNING while it runs, then how it ended
 * @param started when it started, if it has
 * @param ended   when it ended, if it has
 * @param message its outcome in a line, empty until it ends
 */
public record StepSummary(int index, String name, String type, RunStatus status, Optional<Instant> started,
        Optional<Instant> ended, String message) {
}
