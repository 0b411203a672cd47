package org.matforge.explain.internal.compute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups features that describe the same quantity: matminer-style statistics labels ({@code "MagpieData mean
 * Electronegativity"}, {@code "maximum oxidation state"}) belong to the group named without the statistic
 * ({@code "MagpieData Electronegativity"}, {@code "oxidation state"}); any other label is a group of its own.
 */
public final class FeatureGroups {
    private static final Set<String> STATISTICS = Set.of("minimum", "maximum", "range", "mean", "avg_dev", "mode",
            "std_dev");

    private FeatureGroups() {
    }

    /** @return the group of a feature label */
    public static String groupOf(String label) {
        String[] words = label.trim().split("\\s+");
        StringBuilder group = new StringBuilder();
        boolean dropped = false;
        for (String word : words) {
            if (!dropped && STATISTICS.contains(word)) {
                dropped = true;
                continue;
            }
            if (group.length() > 0) {
                group.append(' ');
            }
            group.append(word);
        }
        return dropped && group.length() > 0 ? group.toString() : label;
    }

    /** @return group name → column indices, in first-seen order */
    public static Map<String, int[]> of(List<String> labels) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int c = 0; c < labels.size(); c++) {
            groups.computeIfAbsent(groupOf(labels.get(c)), g -> new java.util.ArrayList<>()).add(c);
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        groups.forEach((name, columns) -> out.put(name, columns.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
