package org.matforge.commons.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.commons.testdata.SharedData;

class DeduplicationTest {
    private final List<Composition> compositions = FormulaCleaning.clean(
            List.of("Fe2O3", "NaCl", "Fe4O6", "Fe0.4O0.6", "FeO", "Cl Na", "Xx")).compositions();
    private final double[] targets = {1.0, 5.0, 3.0, 2.0, 7.0, Double.NaN, 9.0};

    @Test
    void sameMaterialHoweverWrittenIsOneRow() {
        DeduplicatedRows rows = Deduplication.byReducedFormula(compositions, targets, Aggregate.MEAN);
        assertEquals(3, rows.size(), "Fe2O3, NaCl, FeO; the unreadable row is left out");
        assertEquals(List.of("Fe2O3", "NaCl", "FeO"), List.of(rows.reducedFormula(0), rows.reducedFormula(1), rows.reducedFormula(2)));
        assertArrayEquals(new int[] {0, 2, 3}, rows.sourceRows()[0]);
        assertArrayEquals(new int[] {1, 5}, rows.sourceRows()[1]);
        assertArrayEquals(new double[] {2.0, 5.0, 7.0}, rows.targets(), 1e-15, "NaN targets are ignored");
    }

    @Test
    void eachAggregate() {
        double[] fe2o3 = {1.0, 3.0, 2.0};
        assertEquals(2.0, Aggregate.MEAN.apply(fe2o3));
        assertEquals(2.0, Aggregate.MEDIAN.apply(fe2o3));
        assertEquals(1.0, Aggregate.FIRST.apply(fe2o3));
        assertEquals(3.0, Aggregate.MAX.apply(fe2o3));
        assertEquals(1.0, Aggregate.MIN.apply(fe2o3));
        assertEquals(2.5, Aggregate.MEDIAN.apply(new double[] {4, 1, 3, 2}));
        assertTrue(Double.isNaN(Aggregate.MEAN.apply(new double[] {Double.NaN})));
        assertEquals(Aggregate.MEDIAN, Aggregate.parse(" Median"));
        assertEquals("unknown aggregate 'avg'; known: mean, median, first, max, min",
                assertThrows(IllegalArgumentException.class, () -> Aggregate.parse("avg")).getMessage());
        for (Aggregate a : Aggregate.values()) {
            double expected = switch (a) {
                case MEAN -> 2.0;
                case MEDIAN -> 2.0;
                case FIRST, MIN -> 1.0;
                case MAX -> 3.0;
            };
            assertEquals(expected, Deduplication.byReducedFormula(compositions, targets, a).targets()[0], a.name());
        }
    }

    /** mp_e_form lists polymorphs as separate rows: every group holds one material, and the mean is the mean. */
    @Test
    void formationEnergiesOfPolymorphsAreMerged() {
        SharedData.Table table = SharedData.table("mp_e_form");
        List<Composition> parsed = FormulaCleaning.clean(table.formulas()).compositions();
        DeduplicatedRows rows = Deduplication.byReducedFormula(parsed, table.targets(), Aggregate.MEAN);
        assertTrue(rows.size() < table.targets().length / 1.1, rows.size() + " of " + table.targets().length);
        assertEquals(table.targets().length, Arrays.stream(rows.sourceRows()).mapToInt(r -> r.length).sum());
        for (int i = 0; i < rows.size(); i++) {
            int[] group = rows.sourceRows()[i];
            Composition first = parsed.get(group[0]);
            double sum = 0;
            for (int r : group) {
                Composition c = parsed.get(r);
                assertEquals(first.size(), c.size(), table.formulas().get(r));
                for (int k = 0; k < c.size(); k++) {
                    assertEquals(first.element(k), c.element(k));
                    assertEquals(first.fraction(k), c.fraction(k), 1e-6, table.formulas().get(r) + " vs " + table.formulas().get(group[0]));
                }
                sum += table.targets()[r];
            }
            assertEquals(sum / group.length, rows.targets()[i], 1e-12);
        }
    }
}
