package org.matforge.orchestrator.internal.engine;

import java.nio.file.Path;
import java.util.List;

import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.api.workflow.WorkflowService;

/**
 * The workflow service of this process, which can also take the folder a workflow document was read from: relative
 * model-file paths in it ({@code "file"} of load-predictor and load-generator steps) are resolved against that
 * folder. {@link WorkflowService#submit(String)} and {@link WorkflowService#validate(String)} resolve them against the
 * process's working directory. Used by {@code mf:run}; not exported.
 */
public interface LocalWorkflowService extends WorkflowService {
    /**
     * Validates a workflow read from a file in {@code folder} and queues it.
     *
     * @return the new run's id
     * @throws WorkflowException listing every problem when it is invalid
     */
    String submit(String workflowJson, Path folder) throws WorkflowException;

    /** @return the problems of a workflow read from a file in {@code folder}, empty when it would run */
    List<WorkflowProblem> validate(String workflowJson, Path folder);

    /** @return the folder holding one folder per run (absolute) */
    Path runStore();
}
