package org.matforge.stability.lib;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

/** The set of elements of a chemical system as a bit mask over atomic numbers (two longs cover every element). */
record ElementSet(long low, long high) {
    /** @return the elements of the composition */
    static ElementSet of(Composition composition) {
        long low = 0;
        long high = 0;
        for (int i = 0; i < composition.size(); i++) {
            int bit = composition.element(i).ordinal();
            if (bit < 64) {
                low |= 1L << bit;
            } else {
                high |= 1L << (bit - 64);
            }
        }
        return new ElementSet(low, high);
    }

    /** @return the subset of {@code elements} picked by the bits of {@code mask} */
    static ElementSet subset(Element[] elements, int mask) {
        long low = 0;
        long high = 0;
        for (int i = 0; i < elements.length; i++) {
            if ((mask & (1 << i)) != 0) {
                int bit = elements[i].ordinal();
                if (bit < 64) {
                    low |= 1L << bit;
                } else {
                    high |= 1L << (bit - 64);
                }
            }
        }
        return new ElementSet(low, high);
    }

    /** @return whether every element of this set is in {@code other} */
    boolean isSubsetOf(ElementSet other) {
        return (low & ~other.low) == 0 && (high & ~other.high) == 0;
    }
}
