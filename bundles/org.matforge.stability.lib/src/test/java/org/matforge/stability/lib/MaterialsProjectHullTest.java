package org.matforge.stability.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.commons.testdata.SharedData;

/** The hull of the real Materials Project formation energies of matbench_mp_e_form (132,752 entries). */
class MaterialsProjectHullTest {
    /** The simplex solver's tolerance: hull energies are exact to about 1e-7 eV/atom. */
    private static final double EPS = 1e-6;
    private static ConvexHull hull;

    @BeforeAll
    static void load() {
        SharedData.Table table = SharedData.table("mp_e_form");
        hull = new ConvexHull(PhaseIndex.of(Phases.of(table.formulas().toArray(String[]::new), table.targets(), "mp_e_form.csv")));
    }

    @Test
    void polymorphsReduceToOneRowPerComposition() {
        assertEquals(95_118, hull.index().size(), "the compositions of mp_e_form, as issue 22 counts them");
    }

    /** Every known phase lies on or above the hull of all of them, and one on it decomposes into itself. */
    @Test
    void noKnownPhaseIsBelowTheHull() {
        List<Phase> phases = new ArrayList<>(hull.index().phases());
        AtomicInteger onHull = new AtomicInteger();
        List<String> below = phases.parallelStream().map(p -> {
            StabilityEstimate s = hull.stability(p.composition(), p.energy(), 0);
            if (s.eAboveHull() < -EPS) {
                return p.name() + " " + s.eAboveHull();
            }
            if (s.eAboveHull() < EPS) {
                onHull.incrementAndGet();
            }
            return null;
        }).filter(x -> x != null).toList();
        assertEquals(List.of(), below);
        assertTrue(onHull.get() > 10_000 && onHull.get() < phases.size() / 2, onHull + " of " + phases.size() + " on the hull");
    }

    /** A candidate equal to a known phase, given that phase's energy, gets that phase's energy above the hull (2,378 of them). */
    @Test
    void knownPhaseAsCandidateGetsItsKnownEnergyAboveHull() {
        int checked = 0;
        int stable = 0;
        List<Phase> all = new ArrayList<>(hull.index().phases());
        for (int i = 0; i < all.size(); i += 40) { // every 40th of all 95,118: binaries to high-order systems alike
            Phase p = all.get(i);
            double known = Math.max(0, hull.decompositionEnergy(p.composition(), p.energy(), 0).eAboveHull());
            Composition candidate = Composition.parse(p.composition().reduced().formula()); // re-read as a candidate
            StabilityEstimate s = hull.stability(candidate, p.energy(), 0);
            assertEquals(known, s.eAboveHull(), EPS, p.name());
            if (known < EPS) {
                assertEquals(List.of(p.name()), s.hull().products().stream().map(q -> q.phase().name()).toList(),
                        p.name() + " on the hull decomposes into itself");
                stable++;
            }
            checked++;
        }
        assertTrue(stable > 100 && stable < checked, stable + " of " + checked + " on the hull");
    }

    @Test
    void compositionOutsideEveryKnownSystem() {
        StabilityEstimate s = hull.stability(Composition.parse("HeNe"), 0.2, 0.1);
        assertEquals(0, s.hull().phasesInSystem());
        assertEquals(0.2, s.eAboveHull(), EPS);
    }
}
