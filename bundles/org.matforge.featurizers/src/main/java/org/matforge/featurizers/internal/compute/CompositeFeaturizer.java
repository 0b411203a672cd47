package org.matforge.featurizers.internal.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.matforge.api.chem.Composition;
import org.matforge.spi.featurizer.Featurizer;

/**
 * Concatenates featurizers: labels and features of each part in order. Build one from an id list such as
 * {@code "magpie,stoichiometry"} with {@link #of(String, Function)}, resolving ids through whatever registry the
 * caller has (the service registry in OSGi, a map in tests or on Spark executors).
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
        List<Featurizer> parts = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String raw : ids.split(",")) {
            String id = raw.trim();
            if (id.isEmpty()) {
                throw new IllegalArgumentException("empty featurizer id in '" + ids + "'");
            }
            if (seen.contains(id)) {
                throw new IllegalArgumentException("featurizer '" + id + "' listed twice in '" + ids + "'");
            }
            Featurizer f = lookup.apply(id);
            if (f == null) {
                throw new IllegalArgumentException("unknown featurizer '" + id + "'");
            }
            seen.add(id);
            parts.add(f);
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
