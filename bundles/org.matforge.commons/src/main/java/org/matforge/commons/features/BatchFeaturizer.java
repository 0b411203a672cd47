package org.matforge.commons.features;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.task.TaskContext;

/**
 * Base of MatForge's featurizers: fixed labels, and a batch path that fills one row-major array in parallel chunks
 * straight from {@link #featurize(Composition, double[], int)}, without per-row objects. Subclasses are immutable
 * and thread-safe.
 */
public abstract class BatchFeaturizer implements Featurizer {
    /** Rows per parallel task. */
    static final int CHUNK = 8192;

    private final List<String> labels;

    /** @param labels the feature labels, copied */
    protected BatchFeaturizer(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    @Override
    public final List<String> labels() {
        return labels;
    }

    @Override
    public FeatureMatrix featurizeAll(List<Composition> compositions, TaskContext context) {
        int rows = compositions.size();
        double[] data = new double[Math.multiplyExact(rows, labels.size())];
        featurizeInto(compositions, data, context);
        return FeatureMatrix.wrap(labels, rows, data);
    }

    /**
     * Featurizes {@code compositions} into {@code target} (row-major, {@code labels().size()} per row) in parallel.
     * A null composition leaves its row NaN.
     */
    public void featurizeInto(List<Composition> compositions, double[] target, TaskContext context) {
        int rows = compositions.size();
        int width = labels.size();
        int chunks = (rows + CHUNK - 1) / CHUNK;
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, chunks).parallel().forEach(c -> {
            context.checkCancelled();
            int end = Math.min(rows, (c + 1) * CHUNK);
            for (int r = c * CHUNK; r < end; r++) {
                Composition composition = compositions.get(r);
                if (composition == null) {
                    java.util.Arrays.fill(target, r * width, (r + 1) * width, Double.NaN);
                } else {
                    featurize(composition, target, r * width);
                }
            }
            int finished = done.incrementAndGet();
            context.progress((double) finished / chunks, "featurized chunk " + finished + " of " + chunks);
        });
    }
}
