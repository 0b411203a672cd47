package org.matforge.spi.featurizer;

import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a composition into a fixed-length vector of numbers. Register an implementation as a service
 * annotated with {@link FeaturizerInfo}. Implementations are thread-safe and keep no per-call state.
 */
@ConsumerType
public interface Featurizer {
    /** @return one label per feature, in output order; the same list on every call */
    List<String> labels();

    /**
     * Writes this composition's features into {@code target[offset .. offset + labels().size())}; NaN where a
     * feature is undefined (e.g. an element property unknown for one of the elements).
     */
    void featurize(Composition composition, double[] target, int offset);

    /**
     * Featurizes many compositions into one matrix. The default runs {@link #featurize(Composition, double[], int)}
     * row by row in parallel chunks; implementations may override it with a faster batch path.
     *
     * @param compositions the rows
     * @param context      progress and cancellation
     * @return a matrix of {@code compositions.size()} rows and {@code labels().size()} columns
     */
    default FeatureMatrix featurizeAll(List<Composition> compositions, TaskContext context) {
        int width = labels().size();
        int rows = compositions.size();
        double[] data = new double[rows * width];
        int chunk = 4096;
        int chunks = (rows + chunk - 1) / chunk;
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(c -> {
            context.checkCancelled();
            int end = Math.min(rows, (c + 1) * chunk);
            for (int r = c * chunk; r < end; r++) {
                featurize(compositions.get(r), data, r * width);
            }
            context.progress((double) done.incrementAndGet() / chunks, "featurized " + end + " of " + rows);
        });
        return FeatureMatrix.wrap(labels(), rows, data);
    }
}
