package org.matforge.api.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable named options for a plug-in call, as written in a workflow step (JSON values: strings, numbers,
 * booleans, lists, nested maps). Typed getters fail with a message naming the key and what was expected.
 */
public final class Parameters {
    private static final Parameters EMPTY = new Parameters(Map.of());

    private final Map<String, Object> values;

    private Parameters(Map<String, Object> values) {
        this.values = values;
    }

    /** @return parameters holding a copy of {@code values} */
    public static Parameters of(Map<String, ?> values) {
        return values.isEmpty() ? EMPTY : new Parameters(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** @return no parameters */
    public static Parameters empty() {
        return EMPTY;
    }

    /** @return all values */
    public Map<String, Object> asMap() {
        return values;
    }

    /** @return whether the key is present */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** @return the value as text, if present */
    public Optional<String> string(String key) {
        Object v = values.get(key);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    /** @return the value as text @throws IllegalArgumentException when absent */
    public String requireString(String key) {
        return string(key).orElseThrow(() -> new IllegalArgumentException("parameter '" + key + "' is required"));
    }

    /** @return the number, or {@code fallback} when absent @throws IllegalArgumentException when not a number */
    public double number(String key, double fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + key + "' must be a number, got \"" + v + "\"");
        }
    }

    /** @return the whole number, or {@code fallback} when absent @throws IllegalArgumentException when not whole */
    public long integer(String key, long fallback) {
        double d = number(key, fallback);
        if (d != Math.rint(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("parameter '" + key + "' must be a whole number, got " + values.get(key));
        }
        return (long) d;
    }

    /** @return the boolean, or {@code fallback} when absent @throws IllegalArgumentException when not a boolean */
    public boolean flag(String key, boolean fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return switch (v.toString().trim().toLowerCase()) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("parameter '" + key + "' must be true or false, got \"" + v + "\"");
        };
    }

    /** @return the value as a list of strings (a single value becomes a one-element list), empty when absent */
    public List<String> strings(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(v.toString());
    }

    /**
     * @return the whole numbers of a list, a single number or a comma-separated text (e.g. layer widths
     *         {@code [256, 128]} or {@code "256,128"}), or {@code fallback} when absent
     * @throws IllegalArgumentException when an item is not a whole number of int range
     */
    public int[] integers(String key, int[] fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        List<?> items = v instanceof List<?> list ? list : v instanceof String s ? List.of(s.split(",")) : List.of(v);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object item = items.get(i);
            double d;
            try {
                d = item instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(item).trim());
            } catch (NumberFormatException e) {
                d = Double.NaN;
            }
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("parameter '" + key + "' must list whole numbers, got " + v);
            }
            out[i] = (int) d;
        }
        return out;
    }

    /**
     * Fails on a parameter the plug-in does not read, so that a misspelt option is reported instead of ignored.
     *
     * @param plugin the plug-in's id, for the message
     * @param known  the names the plug-in reads
     * @throws IllegalArgumentException naming the first unknown parameter and listing the known ones
     */
    public void requireOnly(String plugin, Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("parameter '" + key + "' is not one of " + plugin + "'s: "
                        + (known.isEmpty() ? "it takes none" : String.join(", ", new TreeSet<>(known))));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
