package org.matforge.orchestrator.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Table;

/**
 * A table artefact: rows of compositions and properties.
 *
 * @param table         the table
 * @param formulaColumn the column holding formulas
 * @param compositions  the parsed formulas, one per row, when the table was cleaned; null for a raw table
 * @param fingerprint   SHA-256 of the table's content
 */
public record Dataset(Table table, String formulaColumn, List<Composition> compositions, String fingerprint) {
    /**
     * @return the compositions, parsing a raw table's formulas on demand
     * @throws StepException naming the row when a formula cannot be read
     */
    public List<Composition> requireCompositions() throws StepException {
        if (compositions != null) {
            return compositions;
        }
        if (!table.hasColumn(formulaColumn)) {
            throw new StepException("no formula column '" + formulaColumn + "'; columns are " + table.columnNames());
        }
        List<Composition> parsed = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            try {
                parsed.add(Composition.parse(table.text(r, formulaColumn)));
            } catch (IllegalArgumentException e) {
                throw new StepException("row " + (r + 1) + ": " + e.getMessage() + " — add a clean step to drop unreadable formulas");
            }
        }
        return parsed;
    }

    /**
     * @return the numeric column
     * @throws StepException naming the columns when it is missing or holds text
     */
    public double[] numbers(String column) throws StepException {
        if (!table.hasColumn(column)) {
            throw new StepException("no column '" + column + "'; columns are " + table.columnNames());
        }
        if (!table.isNumeric(column)) {
            throw new StepException("column '" + column + "' holds text, not numbers");
        }
        return table.doubles(column);
    }
}
