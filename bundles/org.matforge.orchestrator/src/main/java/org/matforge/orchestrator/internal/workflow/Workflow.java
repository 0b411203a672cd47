package org.matforge.orchestrator.internal.workflow;

import java.util.List;
import java.util.Optional;

/**
 * A validated workflow document.
 *
 * @param schema      the schema version, {@link WorkflowParser#SCHEMA}
 * @param name        the workflow's name
 * @param description what it is for, or empty
 * @param seed        the workflow's random seed
 * @param steps       the steps in order
 * @param json        the document as given
 */
public record Workflow(int schema, String name, String description, long seed, List<Step> steps, String json) {
    /** Copies the steps. */
    public Workflow {
        steps = List.copyOf(steps);
    }

    /** @return the step of that name */
    public Optional<Step> step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** @return every plug-in reference of every step */
    public List<PluginRef> plugins() {
        return steps.stream().flatMap(s -> s.plugins().stream()).toList();
    }
}
