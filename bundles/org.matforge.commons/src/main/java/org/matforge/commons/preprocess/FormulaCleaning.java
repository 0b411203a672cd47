package org.matforge.commons.preprocess;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;

/** Reads a column of formulas, keeping every row's place and recording why a formula could not be read. */
public final class FormulaCleaning {
    private FormulaCleaning() {
    }

    /**
     * @param formulas the formula column, one entry per row (null and blank entries are problems too)
     * @return a composition per row (null when unreadable) and the problems with their reasons
     */
    public static CleanedFormulas clean(List<String> formulas) {
        List<Composition> compositions = new ArrayList<>(formulas.size());
        List<RowProblem> problems = new ArrayList<>();
        for (int r = 0; r < formulas.size(); r++) {
            String formula = formulas.get(r);
            try {
                compositions.add(Composition.parse(formula == null ? "" : formula.strip()));
            } catch (IllegalArgumentException e) {
                compositions.add(null);
                problems.add(new RowProblem(r, formula, e.getMessage()));
            }
        }
        return new CleanedFormulas(compositions, problems);
    }
}
