package org.matforge.commons.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.matforge.api.chem.Composition;
import org.matforge.spi.featurizer.Featurizer;

/**
 * Concatenates featurizers: labels and features of each part in order. Build one from an id list such as
 * {@code "magpie,stoichiometry"} with {@link #of(String, Function)}, or from the ids a predictor was trained with,
 * resolving ids through whatever registry the caller has (the service registry in OSGi, a map in tests or on Spark
 * executors).
 */
public final class CompositeFeaturizer extends BatchFeaturizer {
    private final List<Featurizer> parts;
    private final int[] offsets;

    /** @param parts the featurizers, in output order; at least one; labels must not repeat */
    public CompositeFeaturizer(List<Featurizer> parts) {
        super(concatenatedLabels(parts));
        this.parts = List.copyOf(parts);
        this.offsets = new int[parts.size()];
        int offset = 0;
        for (int i = 0; i < parts.size(); i++) {
            offsets[i] = offset;
            offset += parts.get(i).labels().size();
        }
    }

    /**
     * @param ids    comma-separated featurizer ids, e.g. {@code "magpie,stoichiometry"}
     * @param lookup id → featurizer, null when unknown
     * @return the composite
     * @throws IllegalArgumentException naming an unknown, empty or repeated id
     */
    public static CompositeFeaturizer of(String ids, Function<String, Featurizer> lookup) {
        return of(ids, lookup, List.of());
    }

    /**
     * @param ids       comma-separated featurizer ids, e.g. {@code "magpie,stoichiometry"}
     * @param lookup    id → featurizer, null when unknown
     * @param available the ids there are, listed in the message about an unknown id (none: not listed)
     * @return the composite
     * @throws IllegalArgumentException naming an unknown, empty or repeated id; unknown ids are reported first
     */
    public static CompositeFeaturizer of(String ids, Function<String, Featurizer> lookup, Collection<String> available) {
        return of(Arrays.asList(ids.split(",")), "'" + ids + "'", lookup, available);
    }

    /**
     * @param ids       featurizer ids, e.g. those a predictor was trained with
     * @param lookup    id → featurizer, null when unknown
     * @param available the ids there are, listed in the message about an unknown id (none: not listed)
     * @return the composite
     * @throws IllegalArgumentException naming an unknown, empty or repeated id; unknown ids are reported first
     */
    public static CompositeFeaturizer of(List<String> ids, Function<String, Featurizer> lookup, Collection<String> available) {
        return of(ids, ids.toString(), lookup, available);
    }

    private static CompositeFeaturizer of(List<String> ids, String listed, Function<String, Featurizer> lookup,
            Collection<String> available) {
        List<Featurizer> parts = new ArrayList<>();
        for (String raw : ids) {
            String id = raw.trim();
            Featurizer f = id.isEmpty() ? null : lookup.apply(id);
            if (f == null && !id.isEmpty()) {
                throw new IllegalArgumentException("unknown featurizer '" + id + "'"
                        + (available.isEmpty() ? "" : "; available: " + String.join(", ", new TreeSet<>(available))));
            }
            parts.add(f);
        }
        Set<String> seen = new HashSet<>();
        for (String raw : ids) {
            String id = raw.trim();
            if (id.isEmpty()) {
                throw new IllegalArgumentException("empty featurizer id in " + listed);
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("featurizer '" + id + "' listed twice in " + listed);
            }
        }
        return new CompositeFeaturizer(parts);
    }

    private static List<String> concatenatedLabels(List<Featurizer> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a composite featurizer needs at least one featurizer");
        }
        List<String> labels = new ArrayList<>();
        for (Featurizer f : parts) {
            for (String label : f.labels()) {
                if (labels.contains(label)) {
                    throw new IllegalArgumentException("feature label '" + label + "' appears in two featurizers");
                }
                labels.add(label);
            }
        }
        return labels;
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).featurize(composition, target, offset + offsets[i]);
        }
    }
}
