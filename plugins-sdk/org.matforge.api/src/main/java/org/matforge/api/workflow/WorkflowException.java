package org.matforge.api.workflow;

import java.util.List;
import java.util.stream.Collectors;

/** A workflow was rejected before it ran; {@link #problems()} lists every problem found, each with its path. */
public class WorkflowException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<WorkflowProblem> problems;

    /** @param problems every problem found, at least one */
    public WorkflowException(List<WorkflowProblem> problems) {
        super(problems.stream().map(WorkflowProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in document order */
    public List<WorkflowProblem> problems() {
        return problems;
    }
}
