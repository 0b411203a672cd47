package org.matforge.api.optimize;

import java.util.Map;

/**
 * A proposed experiment.
 *
 * @param id     unique within the campaign (p1, p2, ...)
 * @param batch  the number of the propose call that made it (1, 2, ...)
 * @param values one text value per variable, by name, in the space's order
 */
public record Proposal(String id, int batch, Map<String, String> values) {
    /** Copies the values. */
    public Proposal {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
