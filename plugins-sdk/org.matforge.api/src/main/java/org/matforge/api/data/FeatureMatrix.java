package org.matforge.api.data;

import java.util.List;

/**
 * An immutable dense matrix of features: one row per composition, one column per feature label, row-major
 * doubles (NaN where a feature is undefined for a row).
 * <p>
 * {@link #wrap(List, int, double[])} takes ownership of the array so that featurizing millions of rows needs no
 * copy; callers must not modify an array after handing it over.
 */
public final class FeatureMatrix {
    private final List<String> labels;
    private final int rows;
    private final double[] data;

    private FeatureMatrix(List<String> labels, int rows, double[] data) {
        this.labels = List.copyOf(labels);
        this.rows = rows;
        this.data = data;
        if ((long) rows * this.labels.size() != data.length) {
            throw new IllegalArgumentException(rows + " rows × " + this.labels.size() + " labels need "
                    + (long) rows * this.labels.size() + " values, got " + data.length);
        }
    }

    /** @return a matrix over a copy of {@code data} (row-major, rows × labels.size()) */
    public static FeatureMatrix of(List<String> labels, int rows, double[] data) {
        return new FeatureMatrix(labels, rows, data.clone());
    }

    /** @return a matrix that owns {@code data} (row-major); the caller must not modify it afterwards */
    public static FeatureMatrix wrap(List<String> labels, int rows, double[] data) {
        return new FeatureMatrix(labels, rows, data);
    }

    /** @return the feature labels, one per column */
    public List<String> labels() {
        return labels;
    }

    /** @return the number of rows */
    public int rowCount() {
        return rows;
    }

    /** @return the number of columns */
    public int columnCount() {
        return labels.size();
    }

    /** @return the value at (row, column) */
    public double get(int row, int column) {
        return data[row * labels.size() + column];
    }

    /** @return a copy of one row */
    public double[] row(int row) {
        double[] out = new double[labels.size()];
        System.arraycopy(data, row * labels.size(), out, 0, out.length);
        return out;
    }

    /** @return a copy of one column */
    public double[] column(int column) {
        double[] out = new double[rows];
        int width = labels.size();
        for (int r = 0; r < rows; r++) {
            out[r] = data[r * width + column];
        }
        return out;
    }

    /** Copies one row into {@code target} at {@code offset}, for batch consumers that reuse a buffer. */
    public void copyRow(int row, double[] target, int offset) {
        System.arraycopy(data, row * labels.size(), target, offset, labels.size());
    }

    /**
     * @param rows row indices, in the order wanted (repeats allowed)
     * @return a new matrix of those rows, same labels
     * @since 1.2
     */
    public FeatureMatrix rows(int... rows) {
        int width = labels.size();
        double[] out = new double[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(data, rows[i] * width, out, i * width, width);
        }
        return new FeatureMatrix(labels, rows.length, out);
    }

    /** @return a copy of all values, row-major */
    public double[] toArray() {
        return data.clone();
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + rows + " × " + labels.size() + "]";
    }
}
