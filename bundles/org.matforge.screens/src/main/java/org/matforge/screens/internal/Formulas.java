package org.matforge.screens.internal;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;

/** Reads a list of formulas from a parameter, failing with the parameter name and the position of a bad entry. */
final class Formulas {
    private Formulas() {
    }

    /**
     * @param parameters the step's parameters
     * @param key        the parameter: a list of formula strings (an entry may hold several, separated by commas)
     * @param positions  receives, for each composition, the position of its entry in the list
     * @return the compositions in order
     * @throws IllegalArgumentException naming {@code key[i]} when an entry is not a formula
     */
    static List<Composition> parse(Parameters parameters, String key, List<Integer> positions) {
        List<String> entries = parameters.strings(key);
        List<Composition> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            for (String formula : entries.get(i).split(",")) {
                if (formula.isBlank()) {
                    continue;
                }
                try {
                    out.add(Composition.parse(formula.trim()));
                    positions.add(i);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("parameter '" + key + "[" + i + "]': \"" + formula.trim()
                            + "\" is not a formula: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }
}
