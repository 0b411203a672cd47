package org.matforge.orchestrator.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Table;

/**
 * Cleans a table for learning: parses formulas (rows that do not parse are dropped and reported), drops rows
 * with a missing target, and merges rows of the same reduced formula ({@code mean} of their targets,
 * {@code first} row, or {@code drop} every duplicated formula). The output has the reduced formula and the
 * targets, one row per distinct composition.
 */
public final class Cleaning {
    private static final int REPORTED = 5;

    private final String formulaColumn;
    private final List<String> targets;
    private final String duplicates;

    /**
     * @param formulaColumn the formula column
     * @param targets       numeric columns to keep (rows missing any of them are dropped)
     * @param duplicates    {@code mean}, {@code first} or {@code drop}
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
            throw new StepException("no formula column '" + formulaColumn + "'; columns are " + table.columnNames()
                    + " — set \"formulaColumn\"");
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
        Map<Composition, List<Integer>> groups = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        int unreadableCount = 0;
        int missingTarget = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            String formula = table.text(r, formulaColumn);
            Composition c;
            try {
                c = Composition.parse(formula).reduced();
            } catch (IllegalArgumentException e) {
                unreadableCount++;
                if (unreadable.size() < REPORTED) {
                    unreadable.add("row " + (r + 1) + " '" + formula + "': " + e.getMessage());
                }
                continue;
            }
            if (anyMissing(values, r)) {
                missingTarget++;
                continue;
            }
            groups.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
        }
        if (unreadableCount > 0) {
            log.accept("dropped " + unreadableCount + " rows with unreadable formulas, e.g. " + String.join("; ", unreadable));
        }
        if (missingTarget > 0) {
            log.accept("dropped " + missingTarget + " rows missing a value of " + targets);
        }
        return merge(groups, values, log);
    }

    private Dataset merge(Map<Composition, List<Integer>> groups, double[][] values, Consumer<String> log) {
        List<Composition> compositions = new ArrayList<>();
        List<double[]> merged = new ArrayList<>();
        int duplicated = 0;
        for (Map.Entry<Composition, List<Integer>> g : groups.entrySet()) {
            List<Integer> rows = g.getValue();
            if (rows.size() > 1) {
                duplicated++;
                if (duplicates.equals("drop")) {
                    continue;
                }
            }
            double[] row = new double[values.length];
            for (int t = 0; t < values.length; t++) {
                if (duplicates.equals("first")) {
                    row[t] = values[t][rows.get(0)];
                } else {
                    double s = 0;
                    for (int r : rows) {
                        s += values[t][r];
                    }
                    row[t] = s / rows.size();
                }
            }
            compositions.add(g.getKey());
            merged.add(row);
        }
        if (duplicated > 0) {
            log.accept(duplicated + " formulas occur more than once: " + switch (duplicates) {
                case "drop" -> "dropped";
                case "first" -> "kept the first row of each";
                default -> "merged into the mean of their targets";
            });
        }
        Table.Builder b = Table.builder(compositions.size()).text(formulaColumn, compositions.stream().map(Composition::reducedFormula).toList());
        for (int t = 0; t < values.length; t++) {
            double[] column = new double[merged.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = merged.get(r)[t];
            }
            b.numbers(targets.get(t), column);
        }
        Table out = b.build();
        return new Dataset(out, formulaColumn, List.copyOf(compositions), Fingerprints.of(out));
    }

    private static boolean anyMissing(double[][] values, int row) {
        for (double[] column : values) {
            if (Double.isNaN(column[row]) || Double.isInfinite(column[row])) {
                return true;
            }
        }
        return false;
    }
}
