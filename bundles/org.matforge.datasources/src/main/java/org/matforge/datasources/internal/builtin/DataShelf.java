package org.matforge.datasources.internal.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The datasets of the data bundles installed now, by id; bundles come and go at any time (thread-safe). When two
 * bundles ship the same id, the one added first serves it and the other is listed in {@link #conflicts()}.
 */
public final class DataShelf {
    private final Map<Object, List<ShippedDataset>> byBundle = new LinkedHashMap<>();
    private long generation;

    /** Adds (or replaces) the datasets of one bundle, keyed by anything that identifies it. */
    public synchronized void add(Object bundleKey, List<ShippedDataset> datasets) {
        byBundle.remove(bundleKey);
        byBundle.put(bundleKey, List.copyOf(datasets));
        generation++;
    }

    /** Withdraws the datasets of one bundle. */
    public synchronized void remove(Object bundleKey) {
        if (byBundle.remove(bundleKey) != null) {
            generation++;
        }
    }

    /** @return the datasets available now, by id (sorted) */
    public synchronized Map<String, ShippedDataset> datasets() {
        Map<String, ShippedDataset> all = new TreeMap<>();
        byBundle.values().forEach(list -> list.forEach(d -> all.putIfAbsent(d.id(), d)));
        return all;
    }

    /** @return datasets shadowed by another bundle's dataset of the same id, in words */
    public synchronized List<String> conflicts() {
        Map<String, ShippedDataset> first = new TreeMap<>();
        List<String> conflicts = new ArrayList<>();
        byBundle.values().forEach(list -> list.forEach(d -> {
            ShippedDataset kept = first.putIfAbsent(d.id(), d);
            if (kept != null) {
                conflicts.add("dataset '" + d.id() + "' of " + d.where() + " is hidden by " + kept.where());
            }
        }));
        return conflicts;
    }

    /** @return a number that changes whenever a bundle is added or removed */
    public synchronized long generation() {
        return generation;
    }
}
