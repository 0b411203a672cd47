package org.matforge.chemistry.lib.oxidation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.chemistry.lib.elements.ElementTable;

class OxidationGuesserTest {
    private final ElementTable table = ElementTable.load();
    private final OxidationGuesser guesser = OxidationGuesser.pymatgen(table);
    private final IcsdOccurrence icsd = IcsdOccurrence.load();

    /** Fe3O4: pymatgen's Fe states are +2 and +3, one site each at most probable: Fe+2 Fe+3 Fe+3, mean +8/3. */
    @Test
    void mixedValenceIsTheBestMultisetOfStatesPerElement() {
        Composition c = Composition.parse("Fe3O4");
        OxidationGuess g = guesser.mostProbable(c).orElseThrow();
        assertArrayEquals(new long[] {-8, 8}, g.chargeSums(), "O then Fe, atomic-number order");
        assertEquals(8.0 / 3, g.averageState(1), 1e-15);
        assertEquals(4 * icsd.count(Element.O.ordinal(), -2) + icsd.count(Element.Fe.ordinal(), 2) + 2 * icsd.count(Element.Fe.ordinal(), 3), g.score());
        assertEquals("Fe+2.67 O-2", g.describe(c));
    }

    /** As pymatgen without max_sites: the composition as written, so the unreduced formula scores four times as much. */
    @Test
    void unreducedFormulasKeepTheirSites() {
        OxidationGuess one = guesser.mostProbable(Composition.parse("LiFePO4")).orElseThrow();
        OxidationGuess four = guesser.mostProbable(Composition.parse("Li4Fe4P4O16")).orElseThrow();
        assertEquals(4 * one.score(), four.score());
        assertEquals(one.probability(), four.probability(), 1e-12);
    }

    /** pymatgen raises on non-integer amounts; too large a search is refused rather than run for minutes. */
    @Test
    void nonIntegerAmountsAndHugeSearchesHaveNoGuess() {
        assertTrue(guesser.mostProbable(Composition.parse("Fe0.5O0.5")).isEmpty());
        assertTrue(guesser.mostProbable(Composition.parse("Fe100000O100000")).isEmpty());
        assertEquals(ValidityResult.Status.VALID, ValidityChecker.smactDefaults(table, "icsd24").check(Composition.parse("Fe100000O100000")).status(),
                "SMACT's verdict does not depend on the guess");
        assertTrue(guesser.mostProbable(Composition.parse("HeO")).isEmpty(), "He has no states in pymatgen's table");
    }
}
