package org.matforge.stability.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;

/** Hand-computed hulls: a binary Fe–O and a ternary Li–Co–O system with made-up energies (eV/atom). */
class ConvexHullTest {
    private static final double EPS = 1e-9;

    /** Fe–O: FeO (x_O = 1/2) −1.5, Fe3O4 (x_O = 4/7) −1.63, Fe2O3 (x_O = 3/5) −1.7. */
    private static final ConvexHull FE_O = hull(Phase.of("FeO", -1.5), Phase.of("Fe3O4", -1.63), Phase.of("Fe2O3", -1.7));

    /** Li–Co–O: Li2O −2.0, CoO −1.2, LiCoO2 −1.8. */
    private static final ConvexHull LI_CO_O = hull(Phase.of("Li2O", -2.0), Phase.of("CoO", -1.2), Phase.of("LiCoO2", -1.8));

    private static ConvexHull hull(Phase... phases) {
        return new ConvexHull(PhaseIndex.of(List.of(phases)));
    }

    private static Map<String, Double> shares(HullPoint point) {
        return point.products().stream().collect(Collectors.toMap(p -> p.phase().name(), Product::fraction));
    }

    @Test
    void binaryPhaseAboveTheHullDecomposesIntoItsNeighbours() {
        // the FeO–Fe2O3 line at x_O = 4/7: 2/7 FeO + 5/7 Fe2O3 = (2·−1.5 + 5·−1.7)/7 = −11.5/7
        StabilityEstimate s = FE_O.stability(Composition.parse("Fe3O4"), -1.63, 0.05);
        assertEquals(-11.5 / 7, s.hull().energy(), EPS);
        assertEquals(-1.63 + 11.5 / 7, s.eAboveHull(), EPS);
        assertEquals(0.05, s.sigma());
        Map<String, Double> shares = shares(s.hull());
        assertEquals(Map.of("FeO", 2.0 / 7, "Fe2O3", 5.0 / 7).keySet(), shares.keySet());
        assertEquals(2.0 / 7, shares.get("FeO"), 1e-9);
        assertEquals(5.0 / 7, shares.get("Fe2O3"), 1e-9);
        assertEquals("FeO", s.hull().products().get(1).phase().name(), "largest share first");
    }

    @Test
    void binaryCandidateBetweenAPhaseAndAnElement() {
        // FeO2 (x_O = 2/3) against Fe2O3 and O: 5/6 Fe2O3 + 1/6 O at 5/6 · −1.7
        StabilityEstimate s = FE_O.stability(Composition.parse("FeO2"), -1.0, 0);
        assertEquals(-1.7 * 5 / 6, s.hull().energy(), EPS);
        assertEquals(-1.0 + 1.7 * 5 / 6, s.eAboveHull(), EPS);
        assertEquals(5.0 / 6, shares(s.hull()).get("Fe2O3"), 1e-9);
        assertEquals(1.0 / 6, shares(s.hull()).get("O"), 1e-9);
    }

    @Test
    void phaseOnTheHullIsZeroAboveItAndItsOwnDecomposition() {
        StabilityEstimate s = FE_O.stability(Composition.parse("Fe2O3"), -1.7, 0);
        assertEquals(0, s.eAboveHull(), EPS);
        assertEquals(List.of("Fe2O3"), s.hull().products().stream().map(p -> p.phase().name()).toList());
        // Bartel's decomposition energy leaves Fe2O3 out: against FeO, Fe3O4 and O it is below their hull
        StabilityEstimate d = FE_O.decompositionEnergy(Composition.parse("Fe4O6"), -1.7, 0);
        // without Fe2O3 the hull at x_O = 3/5 runs from Fe3O4 (4/7, −1.63) to O (1, 0): −1.63 · (1 − 3/5)/(1 − 4/7)
        assertEquals(-1.7 + 1.63 * (0.4 / (3.0 / 7)), d.eAboveHull(), EPS);
        assertTrue(d.eAboveHull() < 0);
    }

    @Test
    void phaseExactlyOnAHullFacetIsZeroAboveIt() {
        // Fe9O11 (x_O = 0.55) at −1.6 lies exactly on the FeO–Fe2O3 line
        ConvexHull hull = hull(Phase.of("FeO", -1.5), Phase.of("Fe2O3", -1.7), Phase.of("Fe9O11", -1.6));
        assertEquals(0, hull.stability(Composition.parse("Fe9O11"), -1.6, 0).eAboveHull(), EPS);
        assertEquals(0, hull.decompositionEnergy(Composition.parse("Fe9O11"), -1.6, 0).eAboveHull(), EPS);
    }

    @Test
    void ternaryCompoundBelowItsBinariesStabilisesTheHull() {
        // without LiCoO2: 3/8 Li2O + 1/2 CoO + 1/8 O = −0.75 − 0.6 = −1.35
        StabilityEstimate d = LI_CO_O.decompositionEnergy(Composition.parse("LiCoO2"), -1.8, 0);
        assertEquals(-1.35, d.hull().energy(), EPS);
        assertEquals(-0.45, d.eAboveHull(), EPS);
        Map<String, Double> shares = shares(d.hull());
        assertEquals(0.375, shares.get("Li2O"), 1e-9);
        assertEquals(0.5, shares.get("CoO"), 1e-9);
        assertEquals(0.125, shares.get("O"), 1e-9);
        assertEquals(0, LI_CO_O.stability(Composition.parse("LiCoO2"), -1.8, 0).eAboveHull(), EPS);
    }

    @Test
    void ternaryCandidateAboveTheHull() {
        // Li2CoO3 → LiCoO2 + ½ Li2O + ¼ O2: atom shares 4/6, 1.5/6, 0.5/6; (4·−1.8 + 1.5·−2)/6 = −1.7
        StabilityEstimate s = LI_CO_O.stability(Composition.parse("Li2CoO3"), -1.5, 0.1);
        assertEquals(-1.7, s.hull().energy(), EPS);
        assertEquals(0.2, s.eAboveHull(), EPS);
        Map<String, Double> shares = shares(s.hull());
        assertEquals(2.0 / 3, shares.get("LiCoO2"), 1e-9);
        assertEquals(0.25, shares.get("Li2O"), 1e-9);
        assertEquals(1.0 / 12, shares.get("O"), 1e-9);
        assertEquals(3, s.hull().phasesInSystem());
        assertTrue(new StabilityCriterion(0.1, 1.5).keeps(s), "0.2 − 1.5·0.1 ≤ 0.1");
        assertTrue(!new StabilityCriterion(0.1, 0).keeps(s), "0.2 > 0.1");
    }

    @Test
    void compositionOutsideEveryKnownSystemIsMeasuredFromTheElements() {
        StabilityEstimate s = LI_CO_O.stability(Composition.parse("Na2S"), -0.3, 0);
        assertEquals(0, s.hull().energy(), EPS);
        assertEquals(-0.3, s.eAboveHull(), EPS);
        assertEquals(0, s.hull().phasesInSystem());
        Map<String, Double> shares = shares(s.hull());
        assertEquals(2.0 / 3, shares.get("Na"), 1e-9);
        assertEquals(1.0 / 3, shares.get("S"), 1e-9);
        assertTrue(s.describe().contains("no known compound in its chemical system"), s.describe());
    }

    @Test
    void quaternaryCandidateSeesEveryKnownSubsystem() {
        // LiCoPO4 in Li–Co–P–O knows only the Li–Co–O phases: its hull is theirs plus elemental P
        StabilityEstimate s = LI_CO_O.stability(Composition.parse("LiCoPO4"), -2.0, 0);
        double hullEnergy = s.hull().energy();
        assertTrue(hullEnergy < 0 && hullEnergy > -2, "hull " + hullEnergy);
        assertTrue(s.hull().products().stream().anyMatch(p -> p.phase().name().equals("P")));
        assertEquals(3, s.hull().phasesInSystem());
    }

    @Test
    void polymorphsAreReducedToTheLowestEnergy() {
        PhaseIndex index = PhaseIndex.of(List.of(Phase.of("TiO2", -3.0), Phase.of("Ti2O4", -3.2), Phase.of("TiO2", -3.1)));
        assertEquals(1, index.size());
        assertEquals(-3.2, index.phase(Composition.parse("TiO2")).orElseThrow().energy());
    }

    @Test
    void unreadableFormulaIsNamedWithItsRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Phases.of(new String[] {"FeO", "Xq2"}, new double[] {-1, -1}, "phases.csv"));
        assertTrue(e.getMessage().startsWith("phases.csv, row 2: \"Xq2\" is not a formula"), e.getMessage());
    }
}
