package org.matforge.stability.lib;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.matforge.api.chem.Composition;

/**
 * The convex hull at one composition: the lowest energy per atom any mixture of the known phases of its chemical
 * system (and the elements at 0 eV/atom) reaches, and that mixture.
 *
 * @param composition   where the hull was evaluated
 * @param energy        hull energy, eV/atom (≤ 0)
 * @param products      the mixture, largest share first; shares sum to 1
 * @param phasesInSystem how many known phases of the system (elements excepted) took part; 0 = outside every known system
 */
public record HullPoint(Composition composition, double energy, List<Product> products, int phasesInSystem) {
    /** Copies the list. */
    public HullPoint {
        products = List.copyOf(products);
    }

    /** @return e.g. {@code 0.6 Fe2O3 + 0.4 Fe3O4} (shares of the atoms) */
    public String describe() {
        return products.stream().map(p -> String.format(Locale.ROOT, "%.3g %s", p.fraction(), p.phase().name()))
                .collect(Collectors.joining(" + "));
    }
}
