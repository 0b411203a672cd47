package org.matforge.orchestrator.internal.engine.steps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Table;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.engine.artefacts.Dataset;
import org.matforge.orchestrator.internal.engine.artefacts.QualityFindings;

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
        assertEquals(5, log.size(), log::toString);
        assertTrue(log.get(0).startsWith("dropped 1 rows with unreadable formulas, e.g. ") && log.get(0).contains("Xq2"), log.get(0));
        assertTrue(log.get(1).startsWith("dropped 1 rows the data source flagged as broken"), log.get(1));
        assertEquals("dropped 1 rows missing a value of [band_gap]", log.get(2));
        assertEquals("band_gap: 2 conflicting duplicates (spread > 0), merged; 0 outliers (|robust z| > 3.5), kept", log.get(3));
        assertEquals("2 materials occur in more than one row: merged (mean of their targets)", log.get(4));
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

    /** A conflicting duplicate (GaN 3.4 vs 2.0), an agreeing one (ZnO = Zn2O2), an unreadable formula, a missing gap, an outlier (CuCl). */
    private static final Table CRAFTED = Table.builder(13)
            .text("formula", new String[] {"GaN", "GaN", "ZnO", "Zn2O2", "Xq2", "Si", "GaAs", "CdS", "InP", "AlP", "ZnSe", "CuCl", "BN"})
            .numbers("band_gap", new double[] {3.4, 2.0, 3.3, 3.35, 1.0, 1.1, 1.4, 2.4, 1.3, 2.5, 2.7, 40.0, Double.NaN})
            .build();

    private static Dataset crafted(String duplicates, String outliers) throws StepException {
        return new Cleaning("formula", List.of("band_gap"), duplicates, 0.5, 3.5, outliers).clean(CRAFTED, "clean", line -> { });
    }

    private static List<Integer> rows(QualityFindings q, String kind) {
        return q.of(kind).stream().map(QualityFindings.Entry::row).toList();
    }

    @Test
    void dataQualityListsEachProblemRowWithItsReasonAndHandling() throws Exception {
        Dataset d = crafted("mean", "keep");
        QualityFindings q = d.quality().orElseThrow();
        assertEquals(13, q.rows());
        assertEquals(List.of(5, 13), rows(q, QualityFindings.UNUSABLE), q.entries()::toString);
        assertEquals(List.of(1, 2), rows(q, QualityFindings.CONFLICT), "GaN conflicts; ZnO's two rows agree within 0.5");
        assertEquals(List.of(12), rows(q, QualityFindings.OUTLIER));
        QualityFindings.Entry unreadable = q.of(QualityFindings.UNUSABLE).get(0);
        assertEquals("Xq2", unreadable.formula());
        assertTrue(unreadable.reason().contains("Xq"), unreadable.reason());
        assertEquals("no value of band_gap", q.of(QualityFindings.UNUSABLE).get(1).reason());
        QualityFindings.Entry conflict = q.of(QualityFindings.CONFLICT).get(0);
        assertTrue(conflict.reason().startsWith("GaN in rows 1, 2: band_gap spreads by 1.4"), conflict.reason());
        assertEquals("merged (mean of the material's rows)", conflict.handling());
        QualityFindings.Entry outlier = q.of(QualityFindings.OUTLIER).get(0);
        assertEquals("CuCl", outlier.formula());
        assertTrue(outlier.reason().startsWith("band_gap = 40 has robust z-score "), outlier.reason());
        assertEquals("kept", outlier.handling());
        List<String> formulas = List.of(d.table().strings("formula"));
        assertTrue(formulas.contains("CuCl") && !formulas.contains("BN"), formulas::toString);
        assertEquals(2.7, d.table().doubles("band_gap")[formulas.indexOf("GaN")], 1e-12, "mean of 3.4 and 2.0");
        assertEquals(9, d.table().rowCount(), "11 usable rows of 9 materials: GaN and ZnO occur twice");
    }

    @Test
    void outliersAreDroppedOrFlaggedAndConflictingDuplicatesDroppedWhenAsked() throws Exception {
        Dataset dropped = crafted("mean", "drop");
        assertFalse(List.of(dropped.table().strings("formula")).contains("CuCl"));
        assertEquals("dropped", dropped.quality().orElseThrow().of(QualityFindings.OUTLIER).get(0).handling());

        Dataset flagged = crafted("mean", "flag");
        List<String> formulas = List.of(flagged.table().strings("formula"));
        String[] flags = flagged.table().strings(Cleaning.FLAG);
        assertTrue(flags[formulas.indexOf("CuCl")].startsWith("row 12: band_gap = 40"), flags[formulas.indexOf("CuCl")]);
        assertEquals(1, java.util.Arrays.stream(flags).filter(f -> !f.isEmpty()).count(), "only CuCl is flagged");

        Dataset noDuplicates = crafted("drop", "keep");
        List<String> left = List.of(noDuplicates.table().strings("formula"));
        assertFalse(left.contains("GaN") || left.contains("ZnO"), left::toString);
        assertEquals("dropped (duplicates: drop)", noDuplicates.quality().orElseThrow().of(QualityFindings.CONFLICT).get(0).handling());
    }

    @Test
    void theCsvListsEveryEntry(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        QualityFindings q = crafted("mean", "keep").quality().orElseThrow();
        java.nio.file.Path file = dir.resolve(QualityCsv.FILE);
        QualityCsv.write(file, q);
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertEquals("kind,row,formula,column,value,reason,handling", lines.get(0));
        assertEquals(1 + q.entries().size(), lines.size());
        assertTrue(lines.get(lines.size() - 1).startsWith("outlier,12,CuCl,band_gap,40.0,"), lines.get(lines.size() - 1));
    }

    /** Issue 15: a cell of a file that failed to parse reaches run.json only as a short, escaped excerpt. */
    @Test
    void provenanceQuotesUnreadableCellsOnlyAsShortEscapedExcerpts() {
        String cell = "root:$6$saltsalt$" + "x".repeat(80) + "\u001b[2J";
        QualityFindings q = new QualityFindings("clean", "data-quality.csv", 3, 0.5, 3.5, "flag", "mean", List.of(
                new QualityFindings.Entry(QualityFindings.UNUSABLE, 1, cell, "band_gap", "1.0\nINJECTED", "unreadable formula", "dropped"),
                new QualityFindings.Entry(QualityFindings.OUTLIER, 2, "CuCl", "band_gap", "40.0", "robust z 9.1", "flagged")));
        String json = QualityCsv.json(q).toString();
        assertFalse(json.contains("x".repeat(40)), json);
        com.google.gson.JsonArray entries = QualityCsv.json(q).getAsJsonArray("entries");
        String formula = entries.get(0).getAsJsonObject().get("formula").getAsString();
        assertTrue(formula.length() < 80 && formula.startsWith("\"root:$6$saltsalt$"), formula);
        assertFalse(entries.get(0).getAsJsonObject().get("value").getAsString().contains("\n"), json);
        assertEquals("CuCl", entries.get(1).getAsJsonObject().get("formula").getAsString(), "a readable formula stays as it is");
    }
}
