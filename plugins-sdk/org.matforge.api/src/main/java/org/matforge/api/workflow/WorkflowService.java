package org.matforge.api.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs discovery workflows. A workflow is a JSON document naming plug-ins by kind and id; see the
 * orchestrator's documentation for its schema. Provided by the orchestrator; shells, the server and clients call it.
 */
@ProviderType
public interface WorkflowService {
    /**
     * Validates a workflow and queues it.
     *
     * @param workflowJson the workflow document
     * @return the new run's id
     * @throws WorkflowException listing every problem, each with its path in the document, when it is invalid
     */
    String submit(String workflowJson) throws WorkflowException;

    /**
     * Validates a workflow without running it.
     *
     * @return the problems found, empty when it would run
     */
    List<WorkflowProblem> validate(String workflowJson);

    /** @return the run, if known */
    Optional<RunSummary> run(String runId);

    /**
     * The steps of a run, in workflow order. Since 1.2; implementations that do not track steps return an empty list.
     *
     * @return the steps, empty when the run is unknown
     */
    default List<StepSummary> steps(String runId) {
        return List.of();
    }

    /** @return all known runs, newest first */
    List<RunSummary> runs();

    /** @return whether the run was queued or running and is now being cancelled */
    boolean cancel(String runId);

    /**
     * Waits until a run ends or the timeout passes.
     *
     * @return the run's summary at that moment
     * @throws IllegalArgumentException when the run is unknown
     * @throws InterruptedException     when the waiting thread is interrupted
     */
    RunSummary await(String runId, Duration timeout) throws InterruptedException;
}
