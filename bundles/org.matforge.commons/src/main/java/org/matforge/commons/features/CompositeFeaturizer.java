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
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.text.DidYouMean;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.task.TaskContext;

/**
 * Concatenates featurizers: labels and features of each part in order — MatForge's one way to join feature columns.
 * Build one from an id list such as {@code "magpie,stoichiometry"} with {@link #of(String, Function)}, or from the
 * ids a predictor was trained with, resolving ids through whatever registry the caller has (the service registry in
 * OSGi, a map in tests or on Spark executors).
 * <p>
 * One row ({@link #featurize}) is each part's row at its offset. A batch ({@link #featurizeAll}) is each part's own
 * {@link Featurizer#featurizeAll} (so a plug-in's faster batch path is used; a null composition is a NaN row, as there), its
 * progress scaled to the part's share, the matrices joined column-wise in order.
 */
public final class CompositeFeaturizer implements Featurizer {
    private final List<String> names;
    private final List<Featurizer> parts;
    private final List<String> labels;
    private final int[] offsets;

    /** @param parts the featurizers, in output order; at least one; labels must not repeat */
    public CompositeFeaturizer(List<Featurizer> parts) {
        this(positions(parts.size()), parts);
    }

    private CompositeFeaturizer(List<String> names, List<Featurizer> parts) {
        this.labels = List.copyOf(concatenatedLabels(parts));
        this.names = List.copyOf(names);
        this.parts = List.copyOf(parts);
        this.offsets = new int[parts.size()];
        int offset = 0;
        for (int i = 0; i < parts.size(); i++) {
            offsets[i] = offset;
            offset += parts.get(i).labels().size();
        }
    }

    private static List<String> positions(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("#" + i);
        }
        return names;
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
        List<String> names = new ArrayList<>();
        for (String raw : ids) {
            String id = raw.trim();
            Featurizer f = id.isEmpty() ? null : lookup.apply(id);
            if (f == null && !id.isEmpty()) {
                throw new IllegalArgumentException("unknown featurizer '" + id + "'"
                        + DidYouMean.closest(id, available).map(c -> "; did you mean '" + c + "'?").orElse("")
                        + (available.isEmpty() ? "" : "; available: " + String.join(", ", new TreeSet<>(available))));
            }
            parts.add(f);
            names.add(id);
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
        return new CompositeFeaturizer(names, parts);
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
    public List<String> labels() {
        return labels;
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).featurize(composition, target, offset + offsets[i]);
        }
    }

    /**
     * @throws IllegalStateException naming the part when a featurizer returns another number of rows or columns
     */
    @Override
    public FeatureMatrix featurizeAll(List<Composition> compositions, TaskContext context) {
        int n = parts.size();
        List<FeatureMatrix> matrices = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Featurizer part = parts.get(i);
            FeatureMatrix m = part.featurizeAll(compositions, new ProgressShare(context, (double) i / n, (double) (i + 1) / n));
            if (m.rowCount() != compositions.size() || !m.labels().equals(part.labels())) {
                throw new IllegalStateException("featurizer '" + names.get(i) + "' returned " + m.rowCount() + " rows × "
                        + m.columnCount() + " features for " + compositions.size() + " compositions × " + part.labels().size() + " labels");
            }
            matrices.add(m);
        }
        return n == 1 ? matrices.get(0) : joinColumns(matrices);
    }

    private FeatureMatrix joinColumns(List<FeatureMatrix> matrices) {
        int rows = matrices.get(0).rowCount();
        int width = labels.size();
        double[] data = new double[Math.multiplyExact(rows, width)];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < matrices.size(); i++) {
                matrices.get(i).copyRow(r, data, r * width + offsets[i]);
            }
        }
        return FeatureMatrix.wrap(labels, rows, data);
    }

    /** A part's view of the caller's context: its progress fills [from, to] of the whole. */
    private record ProgressShare(TaskContext whole, double from, double to) implements TaskContext {
        @Override
        public void progress(double fraction, String message) {
            whole.progress(from + (to - from) * fraction, message);
        }

        @Override
        public void log(String message) {
            whole.log(message);
        }

        @Override
        public boolean isCancelled() {
            return whole.isCancelled();
        }
    }
}
