package org.matforge.api.workflow;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of one workflow run.
 *
 * @param id        the run id
 * @param workflow  the workflow's name
 * @param status    the status
 * @param step      the step running now or last, empty before the first
 * @param fraction  overall progress in [0, 1]
 * @param message   the latest progress message, or the failure cause
 * @param submitted when it was submitted
 * @param started   when it started, if it has
 * @param ended     when it ended, if it has
 * @param directory the folder holding its artefacts (candidates, report, provenance)
 */
public record RunSummary(String id, String workflow, RunStatus status, String step, double fraction, String message,
        Instant submitted, Optional<Instant> started, Optional<Instant> ended, Path directory) {
}
