package org.matforge.data.matbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.commons.testdata.SharedData;

/** The shipped data files against the Matbench copies in ../shared/data/matbench. */
class MatbenchDataTest {
    private static final Path DATA = Path.of("src/main/resources/data");

    @Test
    void exptGapIsEveryPublishedRowUnchanged() throws IOException {
        String shipped = gunzip(DATA.resolve("expt_gap.csv.gz"));
        assertEquals(MatbenchDataMaker.exptGap(SharedData.matbench("expt_gap")), shipped, "regenerate with make-data.sh");
        List<String> rows = rows(shipped);
        assertEquals(4604, rows.size());
        List<SharedData.Row> published = SharedData.rows("expt_gap");
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",");
            assertEquals(published.get(i).formula(), rows.get(i).substring(0, rows.get(i).lastIndexOf(',')));
            assertEquals(published.get(i).target(), Double.parseDouble(cells[cells.length - 1]));
        }
        assertTrue(shipped.contains("Zhuo, Mansouri Tehrani & Brgoch") && shipped.contains("npj Comput Mater 6, 138 (2020)")
                && shipped.contains("Licence:"), "source, citation and licence in the header");
    }

    @Test
    void mpEFormIsTheLowestEnergyPerReducedCompositionWithItsPolymorphCount() throws IOException {
        String shipped = gunzip(DATA.resolve("mp_e_form.csv.gz"));
        assertEquals(MatbenchDataMaker.mpEForm(SharedData.matbench("mp_e_form")), shipped, "regenerate with make-data.sh");
        assertTrue(shipped.contains("CC BY 4.0") && shipped.contains("APL Materials 1, 011002 (2013)"), "licence and citation in the header");
        // independently of the maker: group the published rows by reduced composition
        Map<String, double[]> expected = new HashMap<>();
        for (SharedData.Row row : SharedData.rows("mp_e_form")) {
            double[] g = expected.computeIfAbsent(row.composition().reducedFormula(), k -> new double[] {Double.POSITIVE_INFINITY, 0});
            g[0] = Math.min(g[0], row.target());
            g[1]++;
        }
        List<String> rows = rows(shipped);
        assertEquals(95_118, rows.size());
        assertEquals(expected.size(), rows.size());
        int polymorphs = 0;
        for (String row : rows) {
            String[] cells = row.split(",");
            double[] g = expected.get(cells[0]);
            assertEquals(cells[0], Composition.parse(cells[0]).reducedFormula(), "reduced formula");
            assertEquals(g[0], Double.parseDouble(cells[1]), cells[0]);
            assertEquals((int) g[1], Integer.parseInt(cells[2]), cells[0]);
            polymorphs += Integer.parseInt(cells[2]);
        }
        assertEquals(132_752, polymorphs, "every published entry counted once");
    }

    @Test
    void manifestListsBothFilesAndTheyStayUnderFiveMegabytes() throws IOException {
        Path manifest = Path.of("target/classes/META-INF/MANIFEST.MF");
        if (Files.exists(manifest)) {
            try (InputStream in = Files.newInputStream(manifest)) {
                String header = new Manifest(in).getMainAttributes().getValue("MatForge-Data");
                assertEquals("data/expt_gap.csv.gz;id=expt-gap, data/mp_e_form.csv.gz;id=mp-e-form", header);
            }
        }
        for (String f : List.of("expt_gap.csv.gz", "mp_e_form.csv.gz")) {
            assertTrue(Files.size(DATA.resolve(f)) < 5_000_000, f);
        }
    }

    private static List<String> rows(String text) {
        return text.lines().filter(l -> !l.startsWith("#")).skip(1).toList();
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
