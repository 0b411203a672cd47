package org.matforge.commons.nn;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.matforge.api.data.Parameters;

/** Checks of trainer parameters shared by the trainers. */
public final class ParameterCheck {
    private ParameterCheck() {
    }

    /** @throws IllegalArgumentException naming the unknown keys and the known ones */
    public static void known(Parameters p, Set<String> keys, String trainer) {
        Set<String> unknown = new TreeSet<>(p.asMap().keySet());
        unknown.removeAll(keys);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(trainer + ": unknown parameter(s) " + unknown + " — known: " + new TreeSet<>(keys));
        }
    }

    /** @return the layer widths under {@code key} (a list or a comma-separated text), or {@code fallback} */
    public static int[] layers(Parameters p, String key, int[] fallback) {
        if (!p.has(key)) {
            return fallback;
        }
        List<String> values = p.strings(key);
        if (values.size() == 1 && values.get(0).contains(",")) {
            values = List.of(values.get(0).split(","));
        }
        try {
            return values.stream().mapToInt(v -> (int) Double.parseDouble(v.trim())).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + key + "' must list layer widths, got " + p.asMap().get(key));
        }
    }
}
