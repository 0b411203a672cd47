package org.matforge.orchestrator.internal.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one step type accepts: its fields besides {@code name}, {@code type} and {@code seed}, each with type,
 * default and range, and the fields of which exactly one must be given.
 *
 * @param type        the step type
 * @param fields      its fields, in document order
 * @param exactlyOne  fields of which a step must give exactly one (e.g. a load step's plug-in and {@code file}), or empty
 */
public record StepSpec(StepType type, List<Field> fields, List<String> exactlyOne) {
    /** Fields every step has. */
    public static final List<String> COMMON = List.of("name", "type", "seed");

    /** Copies the lists. */
    public StepSpec {
        fields = List.copyOf(fields);
        exactlyOne = List.copyOf(exactlyOne);
    }

    /** @return the field called {@code name} */
    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** @return every member name a step of this type may have */
    public List<String> names() {
        List<String> names = new ArrayList<>(COMMON);
        fields.forEach(f -> names.add(f.name()));
        return names;
    }
}
