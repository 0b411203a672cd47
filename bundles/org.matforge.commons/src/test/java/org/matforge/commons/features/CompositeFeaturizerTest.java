package org.matforge.commons.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.task.TaskContext;

/** Concatenation of two small composition featurizers, row by row and in the parallel batch path over mp_gap formulas. */
class CompositeFeaturizerTest {
    /** Number of elements and atoms per formula unit. */
    private static final class Counts implements Featurizer {
        @Override
        public List<String> labels() {
            return List.of("elements", "atoms");
        }

        @Override
        public void featurize(Composition composition, double[] target, int offset) {
            target[offset] = composition.size();
            target[offset + 1] = composition.totalAtoms();
        }
    }

    /** Atomic fraction of the heaviest element. */
    private static final class HeaviestFraction implements Featurizer {
        private final String label;

        HeaviestFraction(String label) {
            this.label = label;
        }

        @Override
        public List<String> labels() {
            return List.of(label);
        }

        @Override
        public void featurize(Composition composition, double[] target, int offset) {
            int heaviest = 0;
            for (int i = 1; i < composition.size(); i++) {
                heaviest = composition.element(i).atomicNumber() > composition.element(heaviest).atomicNumber() ? i : heaviest;
            }
            target[offset] = composition.fraction(heaviest);
        }
    }

    private final Map<String, Featurizer> all = Map.of("counts", new Counts(), "heaviest", new HeaviestFraction("heaviest fraction"),
            "atoms-again", new HeaviestFraction("atoms"));

    @Test
    void partsAreConcatenatedInOrderAtTheOffset() {
        CompositeFeaturizer c = CompositeFeaturizer.of("heaviest, counts", all::get);
        assertEquals(List.of("heaviest fraction", "elements", "atoms"), c.labels());
        double[] row = new double[5];
        c.featurize(Composition.parse("Fe2O3"), row, 2);
        assertArrayEquals(new double[] {0, 0, 0.4, 2, 5}, row, 1e-15);
    }

    @Test
    void theBatchPathEqualsRowByRowAndLeavesNullRowsNaN() {
        List<String> formulas = SharedData.table("mp_gap").formulas().subList(0, 20_000);
        List<Composition> compositions = new ArrayList<>();
        for (int i = 0; i < formulas.size(); i++) {
            compositions.add(i % 1000 == 7 ? null : Composition.parse(formulas.get(i)));
        }
        CompositeFeaturizer c = CompositeFeaturizer.of(List.of("counts", "heaviest"), all::get, all.keySet());
        FeatureMatrix m = c.featurizeAll(compositions, TaskContext.unobserved());
        assertEquals(compositions.size(), m.rowCount());
        double[] expected = new double[3];
        for (int r = 0; r < compositions.size(); r++) {
            if (compositions.get(r) == null) {
                assertTrue(Arrays.stream(m.row(r)).allMatch(Double::isNaN), "row " + r);
            } else {
                c.featurize(compositions.get(r), expected, 0);
                assertArrayEquals(expected, m.row(r), 0, formulas.get(r));
            }
        }
    }

    @Test
    void wrongIdListsAreNamedUnknownIdsFirst() {
        assertMessage("unknown featurizer 'colour'", () -> CompositeFeaturizer.of("counts,colour", all::get));
        assertMessage("unknown featurizer 'colour'; available: atoms-again, counts, heaviest",
                () -> CompositeFeaturizer.of("counts,,colour", all::get, all.keySet()));
        assertMessage("unknown featurizer 'heavyest'; did you mean 'heaviest'?; available: atoms-again, counts, heaviest",
                () -> CompositeFeaturizer.of("counts,heavyest", all::get, all.keySet()));
        assertMessage("empty featurizer id in 'counts,,heaviest'", () -> CompositeFeaturizer.of("counts,,heaviest", all::get));
        assertMessage("featurizer 'counts' listed twice in 'counts, counts'", () -> CompositeFeaturizer.of("counts, counts", all::get));
        assertMessage("featurizer 'counts' listed twice in [counts, counts]",
                () -> CompositeFeaturizer.of(List.of("counts", "counts"), all::get, all.keySet()));
        assertMessage("feature label 'atoms' appears in two featurizers", () -> CompositeFeaturizer.of("counts,atoms-again", all::get));
        assertMessage("a composite featurizer needs at least one featurizer", () -> new CompositeFeaturizer(List.of()));
    }

    private static void assertMessage(String expected, Runnable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call::run).getMessage());
    }
}
