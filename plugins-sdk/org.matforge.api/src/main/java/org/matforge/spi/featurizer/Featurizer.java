package org.matforge.spi.featurizer;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

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
     * Featurizes many compositions into one matrix: row {@code r} holds the features of {@code compositions.get(r)};
     * a null composition (e.g. an unreadable formula kept in its place) gives a row of NaN, so rows stay aligned with
     * the input. The rows are featurized with {@link #featurize(Composition, double[], int)} in parallel chunks of
     * 8,192; between chunks the call checks cancellation and reports the rows done as progress. An implementation
     * may override it with a faster batch path that keeps these semantics. A workflow's featurize step calls it on
     * each of its featurizers and concatenates the matrices in the order given.
     *
     * @param compositions the rows; null entries allowed
     * @param context      progress and cancellation
     * @return a matrix of {@code compositions.size()} rows and {@code labels().size()} columns
     * @throws ArithmeticException when the matrix would exceed {@code Integer.MAX_VALUE} values
     * @throws org.matforge.spi.task.CancelledException when the task is cancelled
     */
    default FeatureMatrix featurizeAll(List<Composition> compositions, TaskContext context) {
        List<String> labels = labels();
        int width = labels.size();
        int rows = compositions.size();
        double[] data = new double[Math.multiplyExact(rows, width)];
        int chunk = 8192;
        int chunks = (rows + chunk - 1) / chunk;
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, chunks).parallel().forEach(c -> {
            context.checkCancelled();
            int end = Math.min(rows, (c + 1) * chunk);
            for (int r = c * chunk; r < end; r++) {
                Composition composition = compositions.get(r);
                if (composition == null) {
                    Arrays.fill(data, r * width, (r + 1) * width, Double.NaN);
                } else {
                    featurize(composition, data, r * width);
                }
            }
            int finished = done.addAndGet(end - c * chunk);
            context.progress((double) finished / rows, "featurized " + finished + " of " + rows + " compositions");
        });
        return FeatureMatrix.wrap(labels, rows, data);
    }
}
