package org.matforge.spark;

import java.io.Serializable;

import org.matforge.stability.lib.ConvexHull;
import org.matforge.stability.lib.PhaseIndex;
import org.matforge.stability.lib.Phases;

/**
 * The known phases of the stability screen, collected on the driver and sent with the job; each executor builds the
 * hull from them once ({@link ScreenJob#load()}), as the {@code stability} plug-in does from its phases table.
 *
 * @param name     the table's name, for messages
 * @param formulas a formula per row (blank rows are skipped)
 * @param energies its formation energy, eV/atom (rows without a finite one are skipped)
 */
public record HullPhases(String name, String[] formulas, double[] energies) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @return the hull @throws IllegalArgumentException naming the table, row and text of a formula that cannot be read */
    public ConvexHull hull() {
        return new ConvexHull(PhaseIndex.of(Phases.of(formulas, energies, name)));
    }
}
