package org.matforge.stability.lib;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;

/** Reading known phases from table columns. */
public final class Phases {
    private Phases() {
    }

    /**
     * @param formulas a formula per row (blank rows are skipped)
     * @param energies the formation energy per row, eV/atom (rows without a finite energy are skipped)
     * @param where    the table's name, for messages, e.g. {@code data source 'matbench' dataset 'mp_e_form'}
     * @return the phases
     * @throws IllegalArgumentException naming the table, row and text when a formula cannot be read
     */
    public static List<Phase> of(String[] formulas, double[] energies, String where) {
        if (formulas.length != energies.length) {
            throw new IllegalArgumentException(where + ": " + formulas.length + " formulas but " + energies.length + " energies");
        }
        List<Phase> phases = new ArrayList<>(formulas.length);
        for (int r = 0; r < formulas.length; r++) {
            String text = formulas[r] == null ? "" : formulas[r].trim();
            if (text.isEmpty() || !Double.isFinite(energies[r])) {
                continue;
            }
            Composition composition;
            try {
                composition = Composition.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ", row " + (r + 1) + ": \"" + text + "\" is not a formula: " + e.getMessage(), e);
            }
            phases.add(Phase.of(composition, energies[r]));
        }
        return phases;
    }
}
