package org.matforge.featurizers.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.task.TaskContext;

/**
 * Our compiled-table magpie featurizer against the literal matminer re-implementation over the raw Magpie tables, on
 * every formula of the matbench sets: equal to 1e-6 relative, NaN exactly where matminer gives NaN. An absolute
 * slack of 1e-9 × (1 + |value|) absorbs summation-order rounding of values that are mathematically 0 (an avg_dev
 * of identical values).
 */
class MagpieParityTest {
    private static final ElementTable TABLE = ElementTable.load();

    @ParameterizedTest
    @ValueSource(strings = {"expt_gap", "expt_is_metal", "steels_yield", "mp_e_form", "mp_gap"})
    void equalsMatminerOnEveryFormula(String task) throws IOException {
        MatminerMagpieReference reference = new MatminerMagpieReference(SharedData.root().resolve("elements/magpie"));
        MagpieFeaturizer ours = new MagpieFeaturizer(TABLE);
        List<Composition> compositions = SharedData.formulas(task).stream().map(Composition::parse).toList();
        double[] batch = ours.featurizeAll(compositions, TaskContext.unobserved()).toArray();
        int width = ours.labels().size();
        int nanCells = 0;
        for (int r = 0; r < compositions.size(); r++) {
            double[] expected = reference.featurize(compositions.get(r));
            for (int c = 0; c < width; c++) {
                double e = expected[c];
                double a = batch[r * width + c];
                if (Double.isNaN(e) || Double.isNaN(a)) {
                    if (Double.isNaN(e) != Double.isNaN(a)) {
                        fail(task + " row " + r + " " + compositions.get(r) + " " + ours.labels().get(c) + ": matminer " + e + ", ours " + a);
                    }
                    nanCells++;
                    continue;
                }
                double tolerance = 1e-6 * Math.max(Math.abs(e), Math.abs(a)) + 1e-9 * (1 + Math.abs(e));
                if (Math.abs(e - a) > tolerance) {
                    fail(task + " row " + r + " " + compositions.get(r) + " " + ours.labels().get(c) + ": matminer " + e + ", ours " + a);
                }
            }
        }
        System.out.printf("magpie parity %s: %d formulas × %d features equal, %d NaN cells%n", task, compositions.size(), width, nanCells);
        assertTrue(compositions.size() > 300);
    }

    @org.junit.jupiter.api.Test
    void labelsAreMatminers() {
        List<String> labels = new MagpieFeaturizer(TABLE).labels();
        assertEquals(132, labels.size());
        assertEquals("MagpieData minimum Number", labels.get(0));
        assertEquals("MagpieData mode Number", labels.get(5));
        assertEquals("MagpieData minimum MendeleevNumber", labels.get(6));
        assertEquals("MagpieData mode SpaceGroupNumber", labels.get(131));
    }
}
