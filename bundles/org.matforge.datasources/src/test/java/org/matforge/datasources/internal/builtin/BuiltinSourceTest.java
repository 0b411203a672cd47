package org.matforge.datasources.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.task.TaskContext;

/**
 * The shipped band-gap set: its form and provenance, its fitness for the wide-gap demo, and its agreement with the
 * independent compilation of Zhuo et al. (matbench expt_gap in the shared data) where the compositions overlap.
 */
class BuiltinSourceTest {
    private static Table table;

    @BeforeAll
    static void load() throws Exception {
        table = new BuiltinSource().load(Parameters.empty(), TaskContext.unobserved());
    }

    @Test
    void everyRowIsAKnownCompoundWithAGapAndACitedSource() throws Exception {
        assertEquals(List.of("formula", "band_gap", "phase", "source", "reference"), table.columnNames());
        assertTrue(table.rowCount() >= 200 && table.rowCount() <= 400, "a few hundred compounds: " + table.rowCount());
        Set<Composition> seen = new HashSet<>();
        for (int i = 0; i < table.rowCount(); i++) {
            Composition c = Composition.parse(table.text(i, "formula"));
            assertTrue(seen.add(c.normalized()), "listed once: " + c);
            double gap = table.number(i, "band_gap");
            assertTrue(gap >= 0 && gap <= 15, c + ": " + gap);
            assertFalse(table.text(i, "phase").isBlank(), c + " names its phase");
            assertTrue(table.text(i, "reference").matches(".*\\(\\d{4}\\).*"), c + " cites a dated work: " + table.text(i, "reference"));
        }
        String header = new BuiltinSource().header("band-gaps");
        assertTrue(header.contains("Licence: CC BY 4.0"), header);
        assertTrue(header.contains("band_gap - fundamental"), header);
    }

    @Test
    void itCoversWhatTheWideGapDemoNeeds() {
        double[] gaps = table.doubles("band_gap");
        long wide = java.util.Arrays.stream(gaps).filter(g -> g >= 3).count();
        long metals = java.util.Arrays.stream(gaps).filter(g -> g == 0).count();
        long semiconductors = java.util.Arrays.stream(gaps).filter(g -> g > 0 && g < 3).count();
        assertTrue(wide >= 60, "wide-gap examples: " + wide);
        assertTrue(metals >= 30, "metals: " + metals);
        assertTrue(semiconductors >= 100, "semiconductors: " + semiconductors);
        Set<String> elements = new HashSet<>();
        for (String f : table.strings("formula")) {
            Composition c = Composition.parse(f);
            for (int i = 0; i < c.size(); i++) {
                elements.add(c.element(i).symbol());
            }
        }
        assertTrue(elements.size() >= 50, "element coverage: " + elements.size());
    }

    @Test
    void itAgreesWithTheZhuoCompilationWhereCompositionsOverlap() {
        Map<Composition, Double> reference = new HashMap<>();
        for (SharedData.Row r : SharedData.rows("expt_gap")) {
            reference.putIfAbsent(Composition.parse(r.formula()).normalized(), r.target());
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            Double theirs = reference.get(Composition.parse(table.text(i, "formula")).normalized());
            if (theirs != null) {
                pairs.add(new double[] {table.number(i, "band_gap"), theirs});
            }
        }
        int n = pairs.size();
        double[] diffs = pairs.stream().mapToDouble(p -> Math.abs(p[0] - p[1])).sorted().toArray();
        double median = n % 2 == 1 ? diffs[n / 2] : (diffs[n / 2 - 1] + diffs[n / 2]) / 2;
        double mean = java.util.Arrays.stream(diffs).average().orElse(Double.NaN);
        double within1 = java.util.Arrays.stream(diffs).filter(d -> d <= 1).count() / (double) n;
        double r = pearson(pairs);
        System.out.printf(Locale.ROOT, "builtin band-gaps vs matbench expt_gap: %d overlapping compositions, median |diff| %.3f eV,"
                + " mean |diff| %.3f eV, %.0f%% within 1 eV, Pearson r %.3f%n", n, median, mean, 100 * within1, r);
        assertTrue(n >= 50, "overlap: " + n);
        assertTrue(median <= 0.3, "median absolute difference " + median);
        assertTrue(within1 >= 0.75, "share within 1 eV " + within1);
        assertTrue(r >= 0.9, "correlation " + r);
    }

    private static double pearson(List<double[]> pairs) {
        double ma = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double mb = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (double[] p : pairs) {
            sab += (p[0] - ma) * (p[1] - mb);
            saa += (p[0] - ma) * (p[0] - ma);
            sbb += (p[1] - mb) * (p[1] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    @Test
    void theSingularNameUsedInWorkflowsIsAnAlias() throws Exception {
        assertEquals(table, new BuiltinSource().load(Parameters.of(Map.of("dataset", "band-gap")), TaskContext.unobserved()));
    }

    @Test
    void anUnknownDatasetIsNamed() {
        assertEquals("parameter 'dataset': no built-in dataset 'gaps'; known: [band-gaps]", assertThrows(IllegalArgumentException.class,
                () -> new BuiltinSource().load(Parameters.of(Map.of("dataset", "gaps")), TaskContext.unobserved())).getMessage());
    }
}
