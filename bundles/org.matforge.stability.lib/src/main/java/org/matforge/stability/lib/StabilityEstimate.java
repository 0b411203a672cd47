package org.matforge.stability.lib;

import java.util.Locale;

import org.matforge.api.chem.Composition;

/**
 * A composition's place relative to the hull.
 *
 * @param composition the composition judged
 * @param energy      its formation energy (predicted or known), eV/atom
 * @param eAboveHull  energy − hull energy, eV/atom (negative only for a decomposition energy, when the phase itself is left out)
 * @param sigma       σ of {@code eAboveHull} (that of the energy; the known phases are taken as exact), eV/atom
 * @param hull        the hull at the composition with the decomposition products
 */
public record StabilityEstimate(Composition composition, double energy, double eAboveHull, double sigma, HullPoint hull) {
    /** @return e.g. {@code 0.052 ± 0.031 eV/atom above the hull (-1.234 eV/atom: 0.6 Fe2O3 + 0.4 Fe)} */
    public String describe() {
        String where = hull.phasesInSystem() == 0 ? "; no known compound in its chemical system" : "";
        return String.format(Locale.ROOT, "%.3f ± %.3f eV/atom above the hull (hull %.3f eV/atom: %s%s)", eAboveHull, sigma,
                hull.energy(), hull.describe(), where);
    }
}
