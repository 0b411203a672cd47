package org.matforge.commons.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.commons.csv.CsvTransform;
import org.matforge.spi.featurizer.Featurizer;

/**
 * A {@link CsvTransform.Step} over a table's formula column: each chunk's formulas are featurized in parallel into one
 * row-major array (a {@link Chunk}), which the subclass turns into its columns; the last added column is {@code error}.
 */
public abstract class FeaturizingStep implements CsvTransform.Step {
    private final Featurizer featurizer;
    private final int formulaColumn;
    private final List<String> added;

    /**
     * @param featurizer    featurizes each record's formula
     * @param formulaColumn the index of the formula in a record
     * @param columns       the subclass's columns, before {@code error}
     */
    protected FeaturizingStep(Featurizer featurizer, int formulaColumn, List<String> columns) {
        this.featurizer = featurizer;
        this.formulaColumn = formulaColumn;
        this.added = new ArrayList<>(columns);
        added.add("error");
    }

    @Override
    public final List<String> addedColumns() {
        return added;
    }

    @Override
    public final String[][] process(List<String[]> records) {
        int width = featurizer.labels().size();
        double[] values = new double[records.size() * width];
        RuntimeException[] failures = new RuntimeException[records.size()];
        IntStream.range(0, records.size()).parallel().forEach(r -> {
            String formula = records.get(r)[formulaColumn];
            try {
                featurizer.featurize(Composition.parse(formula == null ? "" : formula), values, r * width);
            } catch (RuntimeException e) {
                failures[r] = e;
            }
        });
        return fields(new Chunk(featurizer.labels(), values, failures));
    }

    /**
     * @param chunk the chunk's features
     * @return one array of {@code addedColumns().size()} fields per record
     */
    protected abstract String[][] fields(Chunk chunk);

    /** The features of a chunk of records, one row per record in input order. */
    public static final class Chunk {
        private final List<String> labels;
        private final double[] values;
        private final RuntimeException[] failures;

        Chunk(List<String> labels, double[] values, RuntimeException[] failures) {
            this.labels = labels;
            this.values = values;
            this.failures = failures;
        }

        /** @return the number of records */
        public int rows() {
            return failures.length;
        }

        /** @return the number of features per record */
        public int width() {
            return labels.size();
        }

        /** @return the feature; NaN where undefined; meaningless for a record that failed */
        public double value(int record, int column) {
            return values[record * labels.size() + column];
        }

        /** @return why the record's formula could not be read or featurized; empty when it was */
        public Optional<RuntimeException> failure(int record) {
            return Optional.ofNullable(failures[record]);
        }

        /** @return the indices of the records that did not fail, ascending */
        public int[] readable() {
            return IntStream.range(0, rows()).filter(r -> failures[r] == null).toArray();
        }

        /** @return the features of the records that did not fail, in the order of {@link #readable()} */
        public FeatureMatrix readableRows() {
            int[] readable = readable();
            int width = width();
            double[] data = new double[readable.length * width];
            for (int i = 0; i < readable.length; i++) {
                System.arraycopy(values, readable[i] * width, data, i * width, width);
            }
            return FeatureMatrix.wrap(labels, readable.length, data);
        }
    }
}
