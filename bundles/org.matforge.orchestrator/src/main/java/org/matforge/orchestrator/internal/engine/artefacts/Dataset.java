package org.matforge.orchestrator.internal.engine.artefacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Table;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.workflow.ArtefactType;

/**
 * A table artefact: rows of compositions and properties.
 *
 * @param table         the table
 * @param formulaColumn the column holding formulas
 * @param compositions  the parsed formulas, one per row, when the table was cleaned; null for a raw table
 * @param fingerprint   SHA-256 of the table's content
 * @param quality       what the clean step's data-quality check found, for a cleaned table
 */
public record Dataset(Table table, String formulaColumn, List<Composition> compositions, String fingerprint, Optional<QualityFindings> quality) implements Artefact {
    @Override
    public ArtefactType type() {
        return ArtefactType.TABLE;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "table of %,d rows", table.rowCount());
    }

    /** A table without data-quality findings. */
    public Dataset(Table table, String formulaColumn, List<Composition> compositions, String fingerprint) {
        this(table, formulaColumn, compositions, fingerprint, Optional.empty());
    }

    /** @return the same table with these findings */
    public Dataset withQuality(QualityFindings findings) {
        return new Dataset(table, formulaColumn, compositions, fingerprint, Optional.of(findings));
    }

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
