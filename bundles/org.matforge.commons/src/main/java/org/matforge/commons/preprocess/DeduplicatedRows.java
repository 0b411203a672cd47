package org.matforge.commons.preprocess;

import java.util.List;

import org.matforge.api.chem.Composition;

/**
 * Rows after deduplication.
 *
 * @param compositions one reduced composition per distinct material
 * @param targets      the aggregated target of each
 * @param sourceRows   for each output row, the input rows merged into it (ascending)
 */
public record DeduplicatedRows(List<Composition> compositions, double[] targets, int[][] sourceRows) {
    /** Copies the list. */
    public DeduplicatedRows {
        compositions = List.copyOf(compositions);
    }

    /** @return the number of distinct materials */
    public int size() {
        return targets.length;
    }

    /** @return the reduced formula of output row {@code i} */
    public String reducedFormula(int i) {
        return compositions.get(i).reducedFormula();
    }
}
