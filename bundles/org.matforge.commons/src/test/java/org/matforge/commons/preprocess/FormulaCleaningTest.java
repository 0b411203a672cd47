package org.matforge.commons.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.commons.testdata.SharedData;

class FormulaCleaningTest {
    @Test
    void unreadableRowsKeepTheirPlaceWithTheParsersReason() {
        CleanedFormulas cleaned = FormulaCleaning.clean(Arrays.asList("Fe2O3", "Xx3", "", null, " NaCl ", "Fe((O"));
        assertEquals(6, cleaned.compositions().size());
        assertEquals(Composition.parse("NaCl"), cleaned.compositions().get(4));
        assertNull(cleaned.compositions().get(1));
        assertEquals(List.of(1, 2, 3, 5), cleaned.problems().stream().map(RowProblem::row).toList());
        assertEquals("formula \"Xx3\" at position 0: unknown element 'Xx'", cleaned.problems().get(0).reason());
        assertTrue(cleaned.problems().get(1).reason().endsWith("empty formula"), cleaned.problems().get(1).reason());
        assertTrue(cleaned.problems().get(3).reason().contains("position 3"), cleaned.problems().get(3).reason());
        assertArrayEquals(new int[] {0, 4}, cleaned.keptRows());
        assertEquals(List.of(Composition.parse("Fe2O3"), Composition.parse("NaCl")), cleaned.kept());
        assertArrayEquals(new boolean[] {false, true, true, true, false, true}, cleaned.flags());
    }

    @Test
    void everyMatbenchFormulaIsReadable() {
        for (String task : new String[] {"expt_gap", "steels_yield", "mp_gap"}) {
            CleanedFormulas cleaned = FormulaCleaning.clean(SharedData.table(task).formulas());
            assertEquals(List.of(), cleaned.problems(), task);
        }
    }
}
