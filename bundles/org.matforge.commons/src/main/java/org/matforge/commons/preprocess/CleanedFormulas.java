package org.matforge.commons.preprocess;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.matforge.api.chem.Composition;

/**
 * Formulas after cleaning: one composition per input row (null where it could not be read) and the problems found.
 *
 * @param compositions one entry per input row, in order; null for a row listed in {@code problems}
 * @param problems     the unreadable rows with the parser's reason, in row order
 */
public record CleanedFormulas(List<Composition> compositions, List<RowProblem> problems) {
    /** Wraps the lists unmodifiably (the composition list may hold nulls). */
    public CleanedFormulas {
        compositions = Collections.unmodifiableList(new ArrayList<>(compositions));
        problems = List.copyOf(problems);
    }

    /** @return the indices of the readable rows, ascending: the rows to keep when unreadable ones are dropped */
    public int[] keptRows() {
        int[] kept = new int[compositions.size() - problems.size()];
        int k = 0;
        for (int r = 0; r < compositions.size(); r++) {
            if (compositions.get(r) != null) {
                kept[k++] = r;
            }
        }
        return kept;
    }

    /** @return the readable compositions only, in row order (the "drop" policy) */
    public List<Composition> kept() {
        List<Composition> kept = new ArrayList<>(compositions.size() - problems.size());
        for (Composition c : compositions) {
            if (c != null) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** @return for each row, whether it was flagged as unreadable (the "flag" policy keeps every row) */
    public boolean[] flags() {
        boolean[] flags = new boolean[compositions.size()];
        for (RowProblem p : problems) {
            flags[p.row()] = true;
        }
        return flags;
    }
}
