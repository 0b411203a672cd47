package org.matforge.screens.lib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

/**
 * Known compositions, indexed for exact look-up and for the nearest neighbour in element-fraction space under the
 * L1 distance. For fraction vectors a and b, L1(a, b) = 2 − 2·Σ min(a_e, b_e) over the elements both contain, so
 * the nearest reference is the one of largest overlap; only references sharing an element with the query are
 * visited (one posting list per element). Not thread-safe: one instance per thread for {@link #nearest}.
 */
final class ReferenceIndex {
    private final List<Composition> compositions = new ArrayList<>();
    private final List<String> origins = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    private final int[][] postingRefs = new int[Element.values().length][];
    private final double[][] postingFractions = new double[Element.values().length][];
    private double[] overlap;
    private int[] touched;

    /**
     * @param references the known compositions; duplicates are kept once
     * @param origins    where each reference came from (e.g. {@code reference[3]}, {@code known.csv:17}), for messages
     */
    ReferenceIndex(List<Composition> references, List<String> origins) {
        int[] counts = new int[Element.values().length];
        for (int i = 0; i < references.size(); i++) {
            Composition c = references.get(i);
            if (byKey.putIfAbsent(CompositionKey.of(c), compositions.size()) == null) {
                compositions.add(c);
                this.origins.add(origins.get(i));
                for (int j = 0; j < c.size(); j++) {
                    counts[c.element(j).ordinal()]++;
                }
            }
        }
        int[] fill = new int[counts.length];
        for (int z = 0; z < counts.length; z++) {
            postingRefs[z] = new int[counts[z]];
            postingFractions[z] = new double[counts[z]];
        }
        for (int r = 0; r < compositions.size(); r++) {
            Composition c = compositions.get(r);
            for (int j = 0; j < c.size(); j++) {
                int z = c.element(j).ordinal();
                postingRefs[z][fill[z]] = r;
                postingFractions[z][fill[z]++] = c.fraction(j);
            }
        }
        overlap = new double[compositions.size()];
        touched = new int[compositions.size()];
    }

    /** @return the number of distinct references */
    int size() {
        return compositions.size();
    }

    /** @return the index of a reference with exactly this composition (by element fractions), or -1 */
    int exact(Composition c) {
        Integer r = byKey.get(CompositionKey.of(c));
        return r == null ? -1 : r;
    }

    /** @return the reference's composition */
    Composition composition(int reference) {
        return compositions.get(reference);
    }

    /** @return where the reference came from */
    String origin(int reference) {
        return origins.get(reference);
    }

    /**
     * @param c the query
     * @return the index of a nearest reference by L1 distance of element fractions, or -1 when no reference shares
     *         an element with {@code c} (every reference is then at distance 2)
     */
    int nearest(Composition c) {
        int n = 0;
        for (int j = 0; j < c.size(); j++) {
            int z = c.element(j).ordinal();
            double a = c.fraction(j);
            int[] refs = postingRefs[z];
            double[] fractions = postingFractions[z];
            for (int k = 0; k < refs.length; k++) {
                int r = refs[k];
                if (overlap[r] == 0) {
                    touched[n++] = r;
                }
                overlap[r] += Math.min(a, fractions[k]);
            }
        }
        int best = -1;
        double bestOverlap = -1;
        for (int i = 0; i < n; i++) {
            int r = touched[i];
            if (overlap[r] > bestOverlap || (overlap[r] == bestOverlap && r < best)) {
                bestOverlap = overlap[r];
                best = r;
            }
            overlap[r] = 0;
        }
        return best;
    }

    /** @return the L1 distance between the element-fraction vectors of a and b, in [0, 2] */
    static double distance(Composition a, Composition b) {
        double shared = 0;
        for (int i = 0; i < a.size(); i++) {
            double fb = b.amountOf(a.element(i)) / b.totalAtoms();
            shared += Math.min(a.fraction(i), fb);
        }
        return Math.max(0, 2 - 2 * shared);
    }

    @Override
    public String toString() {
        return "ReferenceIndex[" + compositions.size() + " compositions, " + Arrays.stream(postingRefs).mapToInt(p -> p.length).sum() + " postings]";
    }
}
