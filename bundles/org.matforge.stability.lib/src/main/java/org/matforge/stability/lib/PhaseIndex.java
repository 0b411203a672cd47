package org.matforge.stability.lib;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

/**
 * Known phases grouped by their exact element set, so that the phases of a chemical system — those of its
 * 2<sup>n</sup> − 1 subsystems — are found by n-element look-ups rather than a scan of every phase. Polymorphs
 * (phases with the same reduced composition) are reduced to the one with the lowest energy: only it can touch the hull.
 */
public final class PhaseIndex {
    private final Map<ElementSet, List<Phase>> bySystem;
    private final Map<Composition, Phase> byComposition;

    private PhaseIndex(Map<ElementSet, List<Phase>> bySystem, Map<Composition, Phase> byComposition) {
        this.bySystem = bySystem;
        this.byComposition = byComposition;
    }

    /** @return the index of the phases, lowest energy per reduced composition */
    public static PhaseIndex of(Collection<Phase> phases) {
        Map<Composition, Phase> lowest = new LinkedHashMap<>();
        for (Phase p : phases) {
            lowest.merge(p.composition().reduced(), p, (a, b) -> b.energy() < a.energy() ? b : a);
        }
        Map<ElementSet, List<Phase>> bySystem = new HashMap<>();
        for (Phase p : lowest.values()) {
            bySystem.computeIfAbsent(ElementSet.of(p.composition()), k -> new ArrayList<>()).add(p);
        }
        return new PhaseIndex(bySystem, lowest);
    }

    /** @return the number of distinct compositions */
    public int size() {
        return byComposition.size();
    }

    /** @return the known phase (lowest energy) of this reduced composition, if any */
    public Optional<Phase> phase(Composition composition) {
        return Optional.ofNullable(byComposition.get(composition.reduced()));
    }

    /** @return every indexed phase (one per reduced composition) */
    public Collection<Phase> phases() {
        return byComposition.values();
    }

    /** @return the known phases whose elements all belong to the composition's chemical system */
    public List<Phase> chemicalSystem(Composition composition) {
        Element[] elements = new Element[composition.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = composition.element(i);
        }
        List<Phase> found = new ArrayList<>();
        if (elements.length < 20 && (1L << elements.length) <= bySystem.size()) {
            for (int mask = 1; mask < 1 << elements.length; mask++) {
                List<Phase> phases = bySystem.get(ElementSet.subset(elements, mask));
                if (phases != null) {
                    found.addAll(phases);
                }
            }
        } else {
            ElementSet system = ElementSet.of(composition);
            bySystem.forEach((set, phases) -> {
                if (set.isSubsetOf(system)) {
                    found.addAll(phases);
                }
            });
        }
        return found;
    }
}
