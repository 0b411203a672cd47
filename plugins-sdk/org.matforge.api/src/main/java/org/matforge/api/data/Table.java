package org.matforge.api.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable columnar table: named columns of equal length, each either text or numbers (double, NaN for
 * missing). Data sources produce tables; the orchestrator passes them between workflow steps.
 */
public final class Table {
    private final Map<String, Object> columns;
    private final int rows;

    private Table(Map<String, Object> columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** @return a builder for a table of {@code rows} rows */
    public static Builder builder(int rows) {
        return new Builder(rows);
    }

    /** @return the number of rows */
    public int rowCount() {
        return rows;
    }

    /** @return the column names in order */
    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    /** @return whether a column of that name exists */
    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /** @return whether the column holds numbers */
    public boolean isNumeric(String name) {
        return column(name) instanceof double[];
    }

    /**
     * @return a copy of a text column; a numeric column is returned as text (NaN as empty)
     * @throws IllegalArgumentException naming the known columns when there is no such column
     */
    public String[] strings(String name) {
        Object c = column(name);
        if (c instanceof String[] s) {
            return s.clone();
        }
        double[] d = (double[]) c;
        String[] s = new String[d.length];
        for (int i = 0; i < d.length; i++) {
            s[i] = Double.isNaN(d[i]) ? "" : Double.toString(d[i]);
        }
        return s;
    }

    /**
     * @return a copy of a numeric column
     * @throws IllegalArgumentException when there is no such column or it holds text
     */
    public double[] doubles(String name) {
        Object c = column(name);
        if (c instanceof double[] d) {
            return d.clone();
        }
        throw new IllegalArgumentException("column '" + name + "' holds text, not numbers");
    }

    /** @return the cell as text (numbers formatted, NaN as empty) */
    public String text(int row, String name) {
        Object c = column(name);
        if (c instanceof String[] s) {
            return s[row];
        }
        double v = ((double[]) c)[row];
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** @return the cell of a numeric column */
    public double number(int row, String name) {
        Object c = column(name);
        if (c instanceof double[] d) {
            return d[row];
        }
        throw new IllegalArgumentException("column '" + name + "' holds text, not numbers");
    }

    /** @return a new table with the rows at {@code indices}, in that order */
    public Table rows(int[] indices) {
        Builder b = builder(indices.length);
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            if (e.getValue() instanceof String[] s) {
                String[] out = new String[indices.length];
                for (int i = 0; i < indices.length; i++) {
                    out[i] = s[indices[i]];
                }
                b.text(e.getKey(), out);
            } else {
                double[] d = (double[]) e.getValue();
                double[] out = new double[indices.length];
                for (int i = 0; i < indices.length; i++) {
                    out[i] = d[indices[i]];
                }
                b.numbers(e.getKey(), out);
            }
        }
        return b.build();
    }

    private Object column(String name) {
        Object c = columns.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no column '" + name + "'; columns are " + columns.keySet());
        }
        return c;
    }

    @Override
    public String toString() {
        return "Table[" + rows + " rows, columns " + columns.keySet() + "]";
    }

    /** Collects columns; each array is copied, so the builder's caller keeps ownership of its arrays. */
    public static final class Builder {
        private final int rows;
        private final Map<String, Object> columns = new LinkedHashMap<>();

        private Builder(int rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("row count must not be negative");
            }
            this.rows = rows;
        }

        /** Adds a text column. */
        public Builder text(String name, String[] values) {
            return add(name, values.length, values.clone());
        }

        /** Adds a text column. */
        public Builder text(String name, List<String> values) {
            return add(name, values.size(), values.toArray(new String[0]));
        }

        /** Adds a numeric column; NaN marks a missing value. */
        public Builder numbers(String name, double[] values) {
            return add(name, values.length, values.clone());
        }

        private Builder add(String name, int length, Object values) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("a column needs a name");
            }
            if (length != rows) {
                throw new IllegalArgumentException("column '" + name + "' has " + length + " values, the table " + rows + " rows");
            }
            if (columns.putIfAbsent(name, values) != null) {
                throw new IllegalArgumentException("duplicate column '" + name + "'");
            }
            return this;
        }

        /** @return the table */
        public Table build() {
            return new Table(new LinkedHashMap<>(columns), rows);
        }
    }

    /** @return names of text columns, for error messages and UIs */
    public List<String> textColumnNames() {
        List<String> names = new ArrayList<>();
        columns.forEach((k, v) -> {
            if (v instanceof String[]) {
                names.add(k);
            }
        });
        return names;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Table other) || other.rows != rows || !other.columns.keySet().equals(columns.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            Object mine = e.getValue();
            Object theirs = other.columns.get(e.getKey());
            boolean same = mine instanceof String[] s ? theirs instanceof String[] ts && Arrays.equals(s, ts)
                    : theirs instanceof double[] td && Arrays.equals((double[]) mine, td);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * rows + columns.keySet().hashCode();
    }
}
