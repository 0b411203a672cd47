package org.matforge.orchestrator.internal.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

/**
 * How often each element occurs in a set of compositions: the share of compositions containing it.
 *
 * @param name         what the set is, e.g. "training data"
 * @param compositions how many compositions
 * @param shares       element symbol → share of compositions containing it (0–1), elements in atomic-number order
 */
public record ElementShares(String name, int compositions, Map<String, Double> shares) {
    /** @return the shares of {@code compositions} */
    public static ElementShares of(String name, List<Composition> compositions) {
        Map<Element, Integer> counts = new TreeMap<>();
        int n = 0;
        for (Composition c : compositions) {
            if (c == null) {
                continue;
            }
            n++;
            for (int i = 0; i < c.size(); i++) {
                counts.merge(c.element(i), 1, Integer::sum);
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Map.Entry<Element, Integer> e : counts.entrySet()) {
            shares.put(e.getKey().symbol(), (double) e.getValue() / n);
        }
        return new ElementShares(name, n, shares);
    }

    /** Copies the map. */
    public ElementShares {
        shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }
}
