package org.matforge.stability.internal;

import org.matforge.api.chem.Composition;
import org.matforge.commons.testdata.SharedData;

/** The lowest Materials Project formation energy of a composition in ../shared/data's mp_e_form. */
final class SharedDataEnergies {
    private SharedDataEnergies() {
    }

    static double lowest(String formula) {
        Composition wanted = Composition.parse(formula).reduced();
        return SharedData.rows("mp_e_form").stream().filter(r -> r.composition().reduced().equals(wanted))
                .mapToDouble(SharedData.Row::target).min().orElseThrow(() -> new AssertionError(formula + " is not in mp_e_form"));
    }
}
