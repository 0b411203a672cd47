package org.matforge.screens.lib;

import org.matforge.api.chem.Composition;

/**
 * The identity of a composition for novelty and uniqueness: its element fractions, rounded to 1e-9. Fe2O3, Fe4O6
 * and Fe0.4O0.6 have the same key; whole-number and fractional spellings of one material are equal.
 */
final class CompositionKey {
    private static final double SCALE = 1e9;

    private CompositionKey() {
    }

    /** @return the key of {@code composition} */
    static String of(Composition composition) {
        StringBuilder sb = new StringBuilder(composition.size() * 16);
        for (int i = 0; i < composition.size(); i++) {
            sb.append(composition.element(i).symbol()).append(Math.round(composition.fraction(i) * SCALE)).append(' ');
        }
        return sb.toString();
    }
}
