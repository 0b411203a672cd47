package org.matforge.datasources.internal.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.matforge.api.chem.Composition;
import org.matforge.api.text.Excerpt;
import org.matforge.api.data.Table;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/**
 * Collects the rows a reader finds — each with its location ({@code data.csv:12}) and, if the reader already saw
 * a problem, why it is broken — and turns them into a {@link Table}:
 * <ul>
 * <li>the formula column is checked (every cell a formula) and named {@code formula} in the table;</li>
 * <li>a column is numeric when every present cell of the good rows is a decimal number, or every one is a
 * boolean (read as 1/0); columns listed as numeric must be, and a cell that is not makes its row broken;
 * missing cells (empty, NaN, NA, N/A, null, None) are NaN in numeric columns;</li>
 * <li>broken rows are handled by the {@link BadRowPolicy}: never dropped without a word.</li>
 * </ul>
 */
public final class TableAssembler {
    private static final int LISTED_PROBLEMS = 10;

    private final String source;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> locations = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** @param source the file or dataset name, for messages */
    public TableAssembler(String source) {
        this.source = source;
    }

    /** @return the index of column {@code name}, adding it when new */
    public int column(String name) {
        return columnIndex.computeIfAbsent(name, n -> {
            columns.add(n);
            return columns.size() - 1;
        });
    }

    /** @return whether a column of that name was seen */
    public boolean hasColumn(String name) {
        return columnIndex.containsKey(name);
    }

    /** @return the column names in order of appearance */
    public List<String> columns() {
        return List.copyOf(columns);
    }

    /** @return the number of rows collected so far */
    public int rowCount() {
        return rows.size();
    }

    /**
     * @param cells    cell text by column index (null or a shorter array: missing)
     * @param location where the row is, e.g. {@code data.csv:12}
     * @param problem  why the reader could not read the row, or null when it could
     */
    public void add(String[] cells, String location, String problem) {
        rows.add(cells);
        locations.add(location);
        problems.add(problem);
    }

    /**
     * @param formulaColumn the column holding formulas; it becomes {@code formula}
     * @param numeric       columns that must hold numbers
     * @param policy        what to do with broken rows
     * @param context       receives a log line per skipped row
     * @return the table
     * @throws DataSourceException naming the source, and each broken row's location when the policy is FAIL
     */
    public Table build(String formulaColumn, Set<String> numeric, BadRowPolicy policy, TaskContext context) throws DataSourceException {
        Integer formulaIndex = columnIndex.get(formulaColumn);
        if (formulaIndex == null) {
            throw new DataSourceException(source + ": no column '" + formulaColumn + "' (parameter 'formulaColumn'); columns are " + names());
        }
        if (!formulaColumn.equals("formula") && columnIndex.containsKey("formula")) {
            throw new DataSourceException(source + ": formulas are read from column '" + formulaColumn
                    + "', but the table also has a column 'formula'; rename one of them");
        }
        if (policy == BadRowPolicy.FLAG && columnIndex.containsKey(BadRowPolicy.ERROR_COLUMN)) {
            throw new DataSourceException(source + ": already has a column '" + BadRowPolicy.ERROR_COLUMN + "', which onBadRow=flag adds");
        }
        for (String name : numeric) {
            if (!columnIndex.containsKey(name)) {
                throw new DataSourceException(source + ": no column '" + name + "' (parameter 'numericColumns'); columns are " + names());
            }
        }
        checkRows(formulaIndex, numeric);
        List<String> broken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (problems.get(r) != null) {
                broken.add(locations.get(r) + ": " + problems.get(r));
            }
        }
        if (!broken.isEmpty() && policy == BadRowPolicy.FAIL) {
            throw new DataSourceException(source + ": " + broken.size() + " of " + rows.size() + " rows cannot be read"
                    + " (parameter onBadRow=flag keeps them marked, skip leaves them out): "
                    + String.join("; ", broken.subList(0, Math.min(LISTED_PROBLEMS, broken.size())))
                    + (broken.size() > LISTED_PROBLEMS ? "; …" : ""));
        }
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (problems.get(r) == null || policy == BadRowPolicy.FLAG) {
                kept.add(r);
            } else {
                context.log("skipped " + locations.get(r) + ": " + problems.get(r));
            }
        }
        if (!broken.isEmpty() && policy == BadRowPolicy.SKIP) {
            context.log(source + ": skipped " + broken.size() + " of " + rows.size() + " rows that cannot be read");
        }
        return assemble(kept, formulaIndex, numeric, policy == BadRowPolicy.FLAG);
    }

    /** @return the column names as a list for messages, each a plain name or an {@link Excerpt} */
    private String names() {
        return columns.stream().map(Excerpt::name).collect(Collectors.joining(", ", "[", "]"));
    }

    private void checkRows(int formulaIndex, Set<String> numeric) {
        for (int r = 0; r < rows.size(); r++) {
            if (problems.get(r) != null) {
                continue;
            }
            String formula = cell(r, formulaIndex);
            if (formula == null || formula.isBlank()) {
                problems.set(r, "no formula");
                continue;
            }
            try {
                Composition.parse(formula.trim());
            } catch (IllegalArgumentException e) {
                problems.set(r, Excerpt.of(formula.trim()) + " is not a formula: " + e.getMessage());
                continue;
            }
            for (String name : numeric) {
                String v = cell(r, columnIndex.get(name));
                if (!Cells.isMissing(v) && !Cells.isNumber(v) && !Cells.isBoolean(v)) {
                    problems.set(r, "column '" + Excerpt.name(name) + "': " + Excerpt.of(v.trim()) + " is not a number");
                    break;
                }
            }
        }
    }

    private Table assemble(List<Integer> kept, int formulaIndex, Set<String> numeric, boolean flag) {
        Table.Builder table = Table.builder(kept.size());
        for (int c = 0; c < columns.size(); c++) {
            String name = c == formulaIndex ? "formula" : columns.get(c);
            if (c != formulaIndex && (numeric.contains(name) || isNumeric(kept, c))) {
                double[] values = new double[kept.size()];
                for (int i = 0; i < values.length; i++) {
                    String v = cell(kept.get(i), c);
                    boolean readable = Cells.isMissing(v) || Cells.isNumber(v) || Cells.isBoolean(v);
                    values[i] = readable ? Cells.value(v) : Double.NaN;
                }
                table.numbers(name, values);
            } else {
                String[] values = new String[kept.size()];
                for (int i = 0; i < values.length; i++) {
                    String v = cell(kept.get(i), c);
                    values[i] = v == null ? "" : c == formulaIndex ? v.trim() : v;
                }
                table.text(name, values);
            }
        }
        if (flag) {
            String[] errors = new String[kept.size()];
            for (int i = 0; i < errors.length; i++) {
                String problem = problems.get(kept.get(i));
                errors[i] = problem == null ? "" : locations.get(kept.get(i)) + ": " + problem;
            }
            table.text(BadRowPolicy.ERROR_COLUMN, errors);
        }
        return table.build();
    }

    /** Numeric when the good rows' present cells are all numbers or all booleans (all missing: numeric, all NaN). */
    private boolean isNumeric(List<Integer> kept, int c) {
        Set<Boolean> kinds = new LinkedHashSet<>();
        for (int r : kept) {
            if (problems.get(r) != null) {
                continue;
            }
            String v = cell(r, c);
            if (Cells.isMissing(v)) {
                continue;
            }
            if (Cells.isNumber(v)) {
                kinds.add(true);
            } else if (Cells.isBoolean(v)) {
                kinds.add(false);
            } else {
                return false;
            }
            if (kinds.size() > 1) {
                return false;
            }
        }
        return true;
    }

    private String cell(int row, int column) {
        String[] cells = rows.get(row);
        return cells == null || column >= cells.length ? null : cells[column];
    }
}
