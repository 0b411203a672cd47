package org.matforge.orchestrator.internal.workflow;

import java.util.Set;

/**
 * A field's reference to an earlier step, as the shape check found it; resolved once every step's shape is known.
 *
 * @param target   the step name written
 * @param expected the artefact types that may be read there
 * @param label    how the expected types are named in messages, e.g. "table or feature matrix"
 * @param path     where the reference is in the document, e.g. {@code steps[7].predictors[0]}
 * @param rel      the same path relative to the step, e.g. {@code predictors[0]}: the key of the step's input
 */
record Reference(String target, Set<ArtefactType> expected, String label, String path, String rel) {
    static Reference of(String target, ArtefactType expected, String path, String rel) {
        return new Reference(target, Set.of(expected), expected.label(), path, rel);
    }
}
