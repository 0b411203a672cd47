package org.matforge.spi.featurizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.spi.task.CancelledException;
import org.matforge.spi.task.TaskContext;

/** The one batch path, {@link Featurizer#featurizeAll}'s default: rows in input order, null rows NaN, progress, cancellation. */
class FeaturizerBatchTest {
    /** Number of elements and atoms per formula unit, as the README's example plug-in. */
    private static final Featurizer COUNTS = new Featurizer() {
        @Override
        public List<String> labels() {
            return List.of("element count", "atoms per formula unit");
        }

        @Override
        public void featurize(Composition c, double[] target, int offset) {
            target[offset] = c.size();
            target[offset + 1] = c.totalAtoms();
        }
    };

    /** 20,000 rows (three chunks), every 997th null, the others cycling through real formulas. */
    private static List<Composition> compositions() {
        List<String> formulas = List.of("Fe2O3", "NaCl", "CuSO4·5H2O", "Ca.5Sr.5TiO3", "Si", "LiFePO4", "Cu3Au");
        List<Composition> list = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            list.add(i % 997 == 5 ? null : Composition.parse(formulas.get(i % formulas.size())));
        }
        return list;
    }

    @Test
    void rowsFollowTheInputAndNullRowsAreNaN() {
        List<Composition> input = compositions();
        ConcurrentLinkedQueue<Double> progress = new ConcurrentLinkedQueue<>();
        FeatureMatrix m = COUNTS.featurizeAll(input, new Recording(progress, false));
        assertEquals(COUNTS.labels(), m.labels());
        assertEquals(input.size(), m.rowCount());
        double[] expected = new double[2];
        for (int r = 0; r < input.size(); r++) {
            if (input.get(r) == null) {
                assertTrue(Arrays.stream(m.row(r)).allMatch(Double::isNaN), "row " + r);
            } else {
                COUNTS.featurize(input.get(r), expected, 0);
                assertArrayEquals(expected, m.row(r), "row " + r);
            }
        }
        assertEquals(3, progress.size());
        assertEquals(1.0, progress.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    @Test
    void aCancelledTaskStopsTheBatch() {
        assertThrows(CancelledException.class, () -> COUNTS.featurizeAll(compositions(), new Recording(new ConcurrentLinkedQueue<>(), true)));
    }

    @Test
    void noRowsGiveAnEmptyMatrix() {
        FeatureMatrix m = COUNTS.featurizeAll(List.of(), TaskContext.unobserved());
        assertEquals(0, m.rowCount());
        assertEquals(2, m.columnCount());
    }

    private record Recording(ConcurrentLinkedQueue<Double> fractions, boolean cancelled) implements TaskContext {
        @Override
        public void progress(double fraction, String message) {
            fractions.add(fraction);
        }

        @Override
        public void log(String message) {
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
