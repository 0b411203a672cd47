package org.matforge.orchestrator.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Table;
import org.matforge.commons.preprocess.Aggregate;
import org.matforge.commons.preprocess.CleanedFormulas;
import org.matforge.commons.preprocess.DeduplicatedRows;
import org.matforge.commons.preprocess.Deduplication;
import org.matforge.commons.preprocess.FormulaCleaning;
import org.matforge.commons.preprocess.RowProblem;

/**
 * Cleans a table for learning with the commons preprocessing: formulas that do not parse, rows a data source
 * flagged as broken ({@code row_error}) and rows missing a target are dropped and counted in the log; rows of the
 * same material (reduced formula) are merged — targets combined by {@code mean}, {@code median}, {@code first},
 * {@code max} or {@code min} — or, with {@code drop}, every duplicated material is left out. The output holds the
 * reduced formula and the targets, one row per distinct material.
 */
public final class Cleaning {
    /** The column a data source's {@code onBadRow=flag} adds. */
    static final String ROW_ERROR = "row_error";
    private static final int REPORTED = 5;

    private final String formulaColumn;
    private final List<String> targets;
    private final String duplicates;

    /**
     * @param formulaColumn the formula column
     * @param targets       numeric columns to keep (rows missing any of them are dropped)
     * @param duplicates    an {@link Aggregate} name, or {@code drop}
     */
    public Cleaning(String formulaColumn, List<String> targets, String duplicates) {
        this.formulaColumn = formulaColumn;
        this.targets = List.copyOf(targets);
        this.duplicates = duplicates;
    }

    /**
     * @param table the raw table
     * @param log   receives one line per kind of dropped row
     * @return the cleaned table and its compositions
     * @throws StepException when a named column is missing or holds text
     */
    public Dataset clean(Table table, Consumer<String> log) throws StepException {
        if (!table.hasColumn(formulaColumn)) {
            throw new StepException("no formula column '" + formulaColumn + "'; columns are " + table.columnNames() + " — set \"formulaColumn\"");
        }
        double[][] values = new double[targets.size()][];
        for (int t = 0; t < targets.size(); t++) {
            String name = targets.get(t);
            if (!table.hasColumn(name)) {
                throw new StepException("no target column '" + name + "'; columns are " + table.columnNames());
            }
            if (!table.isNumeric(name)) {
                throw new StepException("target column '" + name + "' holds text, not numbers");
            }
            values[t] = table.doubles(name);
        }
        CleanedFormulas cleaned = FormulaCleaning.clean(List.of(table.strings(formulaColumn)));
        if (!cleaned.problems().isEmpty()) {
            log.accept("dropped " + cleaned.problems().size() + " rows with unreadable formulas, e.g. "
                    + String.join("; ", cleaned.problems().stream().limit(REPORTED).map(RowProblem::toString).toList()));
        }
        List<Composition> compositions = new ArrayList<>(cleaned.compositions());
        int flagged = 0;
        int missing = 0;
        String[] errors = table.hasColumn(ROW_ERROR) ? table.strings(ROW_ERROR) : null;
        for (int r = 0; r < compositions.size(); r++) {
            if (compositions.get(r) == null) {
                continue;
            }
            if (errors != null && errors[r] != null && !errors[r].isBlank()) {
                compositions.set(r, null);
                flagged++;
            } else if (anyMissing(values, r)) {
                compositions.set(r, null);
                missing++;
            }
        }
        if (flagged > 0) {
            log.accept("dropped " + flagged + " rows the data source flagged as broken (column " + ROW_ERROR + ")");
        }
        if (missing > 0) {
            log.accept("dropped " + missing + " rows missing a value of " + targets);
        }
        return merge(compositions, values, log);
    }

    private Dataset merge(List<Composition> compositions, double[][] values, Consumer<String> log) {
        boolean drop = duplicates.equals("drop");
        Aggregate aggregate = drop ? Aggregate.FIRST : Aggregate.parse(duplicates);
        double[] first = values.length > 0 ? values[0] : new double[compositions.size()];
        DeduplicatedRows rows = Deduplication.byReducedFormula(compositions, first, aggregate);
        List<Composition> kept = new ArrayList<>();
        List<double[]> merged = new ArrayList<>();
        int duplicated = 0;
        for (int i = 0; i < rows.size(); i++) {
            int[] sources = rows.sourceRows()[i];
            if (sources.length > 1) {
                duplicated++;
                if (drop) {
                    continue;
                }
            }
            double[] row = new double[values.length];
            for (int t = 0; t < values.length; t++) {
                double[] v = new double[sources.length];
                for (int k = 0; k < sources.length; k++) {
                    v[k] = values[t][sources[k]];
                }
                row[t] = aggregate.apply(v);
            }
            kept.add(rows.compositions().get(i));
            merged.add(row);
        }
        if (duplicated > 0) {
            log.accept(String.format(Locale.ROOT, "%d materials occur in more than one row: %s", duplicated,
                    drop ? "dropped" : "merged (" + aggregate.name().toLowerCase(Locale.ROOT) + " of their targets)"));
        }
        Table.Builder b = Table.builder(kept.size()).text(formulaColumn, kept.stream().map(Composition::reducedFormula).toList());
        for (int t = 0; t < values.length; t++) {
            double[] column = new double[merged.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = merged.get(r)[t];
            }
            b.numbers(targets.get(t), column);
        }
        Table out = b.build();
        return new Dataset(out, formulaColumn, List.copyOf(kept), Fingerprints.of(out));
    }

    private static boolean anyMissing(double[][] values, int row) {
        for (double[] column : values) {
            if (!Double.isFinite(column[row])) {
                return true;
            }
        }
        return false;
    }
}
