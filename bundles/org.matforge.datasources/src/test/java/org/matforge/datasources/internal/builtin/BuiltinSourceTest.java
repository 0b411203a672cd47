package org.matforge.datasources.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/** The builtin source over the shipped data bundle (on the class path) and over shelves built here. */
class BuiltinSourceTest {
    private static final BuiltinSource SHIPPED = ClassPathBundles.source();

    private static Table load(BuiltinSource source, String dataset) throws DataSourceException {
        return source.load(Parameters.of(Map.of("dataset", dataset)), TaskContext.unobserved());
    }

    @Test
    void exptGapIsMatbenchExptGapRowForRow() throws Exception {
        Table t = SHIPPED.load(Parameters.empty(), TaskContext.unobserved());
        assertEquals(List.of("formula", "band_gap"), t.columnNames());
        List<SharedData.Row> published = SharedData.rows("expt_gap");
        assertEquals(published.size(), t.rowCount());
        for (int i = 0; i < t.rowCount(); i++) {
            assertEquals(published.get(i).formula(), t.text(i, "formula"));
            assertEquals(published.get(i).target(), t.number(i, "band_gap"));
        }
        assertEquals(t, load(SHIPPED, "expt_gap"), "expt_gap is read as expt-gap");
        String header = SHIPPED.header("expt-gap");
        assertTrue(header.contains("Zhuo, Mansouri Tehrani & Brgoch") && header.contains("Licence:"), header);
    }

    @Test
    void mpEFormHasOneRowPerCompositionWithTheLowestEnergy() throws Exception {
        Table t = load(SHIPPED, "mp-e-form");
        assertEquals(List.of("formula", "e_form", "n_polymorphs"), t.columnNames());
        assertEquals(95_118, t.rowCount());
        double lowestPtC = SharedData.rows("mp_e_form").stream().filter(r -> r.composition().reducedFormula().equals("PtC"))
                .mapToDouble(SharedData.Row::target).min().orElseThrow();
        int ptc = List.of(t.strings("formula")).indexOf("PtC");
        assertEquals(lowestPtC, t.number(ptc, "e_form"));
        assertEquals(4, t.number(ptc, "n_polymorphs"));
        assertEquals(132_752, java.util.Arrays.stream(t.doubles("n_polymorphs")).sum());
        assertTrue(SHIPPED.header("mp-e-form").contains("CC BY 4.0"));
    }

    @Test
    void knownCompoundsIsEveryCompositionOfEveryDatasetNamingItsDataset() throws Exception {
        Table t = load(SHIPPED, "known-compounds");
        assertEquals(List.of("formula", "dataset"), t.columnNames());
        assertEquals(4_604 + 95_118, t.rowCount());
        Set<String> known = new HashSet<>();
        for (String f : t.strings("formula")) {
            known.add(Composition.parse(f).reducedFormula());
        }
        // compounds the issue found among the old job's "novel" candidates
        for (String f : List.of("NaN", "CaN", "TeN2", "K2Te", "CsSn")) {
            assertTrue(known.contains(Composition.parse(f).reducedFormula()), f + " is known");
        }
        assertEquals(Set.of("expt-gap", "mp-e-form"), new HashSet<>(List.of(t.strings("dataset"))));
    }

    @Test
    void datasetsComeAndGoWithTheirBundles() throws Exception {
        DataShelf shelf = new DataShelf();
        BuiltinSource source = new BuiltinSource(shelf);
        assertEquals(0, load(source, "known-compounds").rowCount());
        String text = "# a lab's own set; source: our notebook 12, licence CC BY 4.0\nformula,hardness\nTiN,20\nWC,24\n";
        shelf.add("lab", List.of(new ShippedDataset("lab-hardness", "org.example.lab", "data/h.csv",
                () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
        Table t = load(source, "lab-hardness");
        assertArrayEquals(new double[] {20, 24}, t.doubles("hardness"));
        assertEquals(2, load(source, "known-compounds").rowCount());
        shelf.remove("lab");
        IllegalArgumentException gone = assertThrows(IllegalArgumentException.class, () -> load(source, "lab-hardness"));
        assertTrue(gone.getMessage().contains("no dataset 'lab-hardness'"), gone.getMessage());
        assertEquals(0, load(source, "known-compounds").rowCount());
    }

    @Test
    void theRetiredSetAndBadHeadersAreNamed() {
        String retired = assertThrows(IllegalArgumentException.class, () -> load(SHIPPED, "band-gaps")).getMessage();
        assertTrue(retired.contains("retired") && retired.contains("expt-gap, known-compounds, mp-e-form") || retired.contains("expt-gap, mp-e-form, known-compounds"), retired);
        assertEquals(List.of(new DataBundles.Entry("data/a.csv.gz", "a"), new DataBundles.Entry("b_set.csv", "b")),
                DataBundles.parse("/data/a.csv.gz, b_set.csv;id=b"));
        assertEquals("x-y", DataBundles.parse("d/x_y.csv.gz").get(0).id());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DataBundles.parse("a.csv;id=A B")).getMessage().contains("'A B'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DataBundles.parse("a.csv;id=x, b.csv;id=x")).getMessage().contains("twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DataBundles.parse("a.csv;version=2")).getMessage().contains("version=2"));
    }

    @Test
    void aDamagedFileIsReportedWithBundleAndPath() {
        DataShelf shelf = new DataShelf();
        shelf.add("bad", List.of(new ShippedDataset("broken", "org.example.bad", "data/broken.csv.gz",
                () -> new ByteArrayInputStream(new byte[] {1, 2, 3}))));
        DataSourceException e = assertThrows(DataSourceException.class, () -> load(new BuiltinSource(shelf), "broken"));
        assertTrue(e.getMessage().startsWith("cannot read dataset 'broken' (org.example.bad/data/broken.csv.gz)"), e.getMessage());
    }
}
