package org.matforge.orchestrator.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Table;

class CleaningTest {
    private static final Table RAW = Table.builder(7)
            .text("formula", new String[] {"Fe2O3", "GaN", "Xq2", "Fe4O6", "ZnO", "GaN", "MgO"})
            .numbers("band_gap", new double[] {2.0, 3.4, 1.0, 2.4, Double.NaN, 3.2, 7.8})
            .text("row_error", new String[] {"", "", "", "", "", "", "gaps.csv:8: 3 fields where the header has 2"})
            .build();

    @Test
    void unreadableFlaggedAndTargetlessRowsAreDroppedWithCountsAndDuplicatesMerged() throws Exception {
        List<String> log = new ArrayList<>();
        Dataset d = new Cleaning("formula", List.of("band_gap"), "mean").clean(RAW, log::add);
        assertArrayEquals(new String[] {"Fe2O3", "GaN"}, d.table().strings("formula"));
        assertArrayEquals(new double[] {2.2, 3.3}, d.table().doubles("band_gap"), 1e-12);
        assertEquals(List.of(Composition.parse("Fe2O3"), Composition.parse("GaN")), d.compositions());
        assertEquals(4, log.size(), log::toString);
        assertTrue(log.get(0).startsWith("dropped 1 rows with unreadable formulas, e.g. ") && log.get(0).contains("Xq2"), log.get(0));
        assertTrue(log.get(1).startsWith("dropped 1 rows the data source flagged as broken"), log.get(1));
        assertEquals("dropped 1 rows missing a value of [band_gap]", log.get(2));
        assertEquals("2 materials occur in more than one row: merged (mean of their targets)", log.get(3));
        assertEquals(64, d.fingerprint().length());
    }

    @Test
    void dropLeavesOutEveryDuplicatedMaterialAndNamedColumnsMustExist() throws Exception {
        Dataset d = new Cleaning("formula", List.of("band_gap"), "drop").clean(RAW, line -> { });
        assertEquals(0, d.table().rowCount(), "Fe2O3 = Fe4O6 and GaN twice; ZnO lacks a gap, MgO is flagged");
        StepException e = assertThrows(StepException.class, () -> new Cleaning("composition", List.of(), "mean").clean(RAW, line -> { }));
        assertTrue(e.getMessage().startsWith("no formula column 'composition'; columns are [formula, band_gap, row_error]"), e.getMessage());
        assertThrows(StepException.class, () -> new Cleaning("formula", List.of("row_error"), "mean").clean(RAW, line -> { }));
    }

    @Test
    void sameContentGivesTheSameFingerprint() throws Exception {
        Dataset a = new Cleaning("formula", List.of("band_gap"), "first").clean(RAW, line -> { });
        Dataset b = new Cleaning("formula", List.of("band_gap"), "first").clean(RAW, line -> { });
        assertEquals(a.fingerprint(), b.fingerprint());
        Dataset c = new Cleaning("formula", List.of("band_gap"), "max").clean(RAW, line -> { });
        assertTrue(!a.fingerprint().equals(c.fingerprint()), "different targets, different fingerprint");
    }
}
