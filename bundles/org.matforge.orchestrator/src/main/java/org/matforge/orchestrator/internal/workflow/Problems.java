package org.matforge.orchestrator.internal.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.matforge.api.workflow.WorkflowProblem;

/** The problems of one validation, listed in document order: top-level fields, then steps by index and field. */
final class Problems {
    private final List<WorkflowProblem> list = new ArrayList<>();
    private final Map<Integer, StepType> types;

    /** @param types the type of each step index, as far as known, for ordering a step's problems by its fields */
    Problems(Map<Integer, StepType> types) {
        this.types = types;
    }

    void add(String path, String message) {
        list.add(new WorkflowProblem(path, message));
    }

    void add(WorkflowProblem problem) {
        list.add(problem);
    }

    int size() {
        return list.size();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** @return the problems in document order; problems at one place keep the order they were found in */
    List<WorkflowProblem> sorted() {
        List<WorkflowProblem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(WorkflowProblem::path, WorkflowParser::comparePaths)
                .thenComparingInt(p -> fieldRank(p.path())));
        return sorted;
    }

    /** @return where a step's member comes in its spec: name, type, seed, unknown fields, the type's fields, the whole step */
    private int fieldRank(String path) {
        if (!path.startsWith("steps[")) {
            return 0;
        }
        int end = path.indexOf(']');
        if (end < 0 || end + 1 >= path.length() || path.charAt(end + 1) != '.') {
            return Integer.MAX_VALUE;
        }
        String member = path.substring(end + 2).split("[.\\[]", 2)[0];
        int common = StepSpec.COMMON.indexOf(member);
        if (common >= 0) {
            return common;
        }
        StepType type = types.get(WorkflowParser.stepIndex(path));
        int field = type == null ? -1 : StepSpecs.of(type).names().indexOf(member);
        return field < 0 ? StepSpec.COMMON.size() : StepSpec.COMMON.size() + 1 + field;
    }
}
