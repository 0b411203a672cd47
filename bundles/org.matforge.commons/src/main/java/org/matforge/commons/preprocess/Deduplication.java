package org.matforge.commons.preprocess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matforge.api.chem.Composition;

/**
 * Merges rows with the same composition (same reduced formula: equal per-atom fractions to 6 significant digits,
 * so {@code Fe2O3}, {@code Fe4O6} and {@code Fe0.4O0.6} are one material) into one row whose target is an
 * {@link Aggregate} of theirs. Output rows keep the order of each material's first occurrence.
 */
public final class Deduplication {
    private Deduplication() {
    }

    /**
     * @param compositions one per row; null rows (unreadable formulas) are left out
     * @param targets      one per row
     * @param aggregate    how duplicate targets are combined
     * @return one row per distinct material
     * @throws IllegalArgumentException when the lengths differ
     */
    public static DeduplicatedRows byReducedFormula(List<Composition> compositions, double[] targets, Aggregate aggregate) {
        if (compositions.size() != targets.length) {
            throw new IllegalArgumentException(compositions.size() + " compositions but " + targets.length + " targets");
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < targets.length; r++) {
            Composition c = compositions.get(r);
            if (c != null) {
                groups.computeIfAbsent(key(c), k -> new ArrayList<>()).add(r);
            }
        }
        List<Composition> merged = new ArrayList<>(groups.size());
        double[] mergedTargets = new double[groups.size()];
        int[][] sources = new int[groups.size()][];
        int i = 0;
        for (List<Integer> rows : groups.values()) {
            sources[i] = rows.stream().mapToInt(Integer::intValue).toArray();
            double[] values = new double[sources[i].length];
            for (int k = 0; k < values.length; k++) {
                values[k] = targets[sources[i][k]];
            }
            merged.add(compositions.get(sources[i][0]).reduced());
            mergedTargets[i] = aggregate.apply(values);
            i++;
        }
        return new DeduplicatedRows(merged, mergedTargets, sources);
    }

    /** @return the identity of a material: its per-atom composition written canonically */
    public static String key(Composition composition) {
        return composition.normalized().formula();
    }
}
