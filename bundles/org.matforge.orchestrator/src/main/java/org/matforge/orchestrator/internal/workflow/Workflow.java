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
 * @param spark       the steps handed to Spark, and how, when the document has a {@code spark} section
 */
public record Workflow(int schema, String name, String description, long seed, List<Step> steps, String json, Optional<SparkSection> spark) {
    /** Copies the steps. */
    public Workflow {
        steps = List.copyOf(steps);
    }

    /** A workflow that runs every step in-process. */
    public Workflow(int schema, String name, String description, long seed, List<Step> steps, String json) {
        this(schema, name, description, seed, steps, json, Optional.empty());
    }

    /** @return whether the spark section hands the step to Spark */
    public boolean onSpark(Step step) {
        return spark.isPresent() && spark.get().steps().contains(step.name());
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
