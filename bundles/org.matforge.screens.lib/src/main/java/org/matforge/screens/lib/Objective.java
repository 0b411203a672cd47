package org.matforge.screens.lib;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One target of a Pareto ranking and whether it is maximised.
 *
 * @param target   prediction name, e.g. {@code band_gap}
 * @param maximize true for {@code :max}, false for {@code :min}
 */
record Objective(String target, boolean maximize) {
    /**
     * @param specs entries {@code "name:max"} or {@code "name:min"} of parameter {@code objectives}
     * @return the objectives
     * @throws IllegalArgumentException naming {@code objectives[i]} when an entry is malformed or repeated
     */
    static List<Objective> parseAll(List<String> specs) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("parameter 'objectives' is required: a list like [\"band_gap:max\", \"formation_energy:min\"]");
        }
        List<Objective> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            String spec = specs.get(i).trim();
            int colon = spec.lastIndexOf(':');
            String where = "parameter 'objectives[" + i + "]'";
            if (colon <= 0) {
                throw new IllegalArgumentException(where + ": \"" + spec + "\" needs a direction, e.g. \"" + (spec.isEmpty() ? "band_gap" : spec) + ":max\"");
            }
            String target = spec.substring(0, colon).trim();
            String direction = spec.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            boolean maximize = switch (direction) {
                case "max", "maximize", "maximise" -> true;
                case "min", "minimize", "minimise" -> false;
                default -> throw new IllegalArgumentException(where + ": direction must be max or min, got \"" + direction + "\"");
            };
            if (!seen.add(target)) {
                throw new IllegalArgumentException(where + ": target '" + target + "' is listed twice");
            }
            out.add(new Objective(target, maximize));
        }
        return out;
    }

    @Override
    public String toString() {
        return target + (maximize ? ":max" : ":min");
    }
}
