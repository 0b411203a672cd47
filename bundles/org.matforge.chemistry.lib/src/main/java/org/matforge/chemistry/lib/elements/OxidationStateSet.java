package org.matforge.chemistry.lib.elements;

import java.util.Arrays;

import org.matforge.api.chem.Element;

/** A named set of allowed oxidation states per element (e.g. SMACT's {@code smact14} or {@code icsd24}); immutable. */
public final class OxidationStateSet {
    private final String name;
    private final int[][] states;

    OxidationStateSet(String name, int[][] states) {
        this.name = name;
        this.states = states;
        for (int[] s : states) {
            Arrays.sort(s);
        }
    }

    /** @return the set's name */
    public String name() {
        return name;
    }

    /** @return the allowed states of the element with ordinal {@code element}, ascending; a new array */
    public int[] states(int element) {
        return states[element].clone();
    }

    /** @return the allowed states of {@code element}, ascending; a new array, empty when none */
    public int[] states(Element element) {
        return states(element.ordinal());
    }

    /** @return how many states the element with ordinal {@code element} may take */
    public int count(int element) {
        return states[element].length;
    }

    /** @return the {@code i}-th allowed state (ascending) of the element with ordinal {@code element} */
    public int state(int element, int i) {
        return states[element][i];
    }

    @Override
    public String toString() {
        return "OxidationStateSet[" + name + "]";
    }
}
