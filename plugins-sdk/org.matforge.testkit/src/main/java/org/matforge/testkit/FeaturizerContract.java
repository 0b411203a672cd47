package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.task.TaskContext;

/**
 * The checks the platform relies on for every {@link Featurizer}. A plug-in author extends this class in a test and
 * returns the featurizer under test from {@link #featurizer()}; JUnit runs every check below on it.
 */
public abstract class FeaturizerContract {
    /** Sentinel written around and inside the target before a call; a featurizer never leaves it in its range. */
    private static final double SENTINEL = -7.777e77;
    private static final int MARGIN = 3;
    private static final int THREADS = 4;
    private static final int ROUNDS = 50;

    /** Real compositions across the periodic table: salts, oxides, nitrides, perovskites, spinels, alloys. */
    public static final List<String> FORMULAS = List.of(
            "NaCl", "Fe2O3", "LiFePO4", "SiO2", "GaN", "ZnO", "BaTiO3", "CsPbI3", "MgAl2O4", "Al2O3",
            "TiO2", "CaCO3", "KBr", "Cu2O", "NiO", "LiCoO2", "SrTiO3", "GaAs", "CdTe", "MoS2",
            "WC", "Bi2Te3", "YBa2Cu3O7", "La2CuO4", "Fe", "Si", "NbN", "ZrO2", "CeO2", "UO2");

    /** @return the featurizer under test; may be the same instance on every call */
    protected abstract Featurizer featurizer();

    /**
     * @return a composition with an element the featurizer's tables may lack; its row must be NaN where undefined,
     *         never an exception (the {@link Featurizer#featurize} Javadoc). Override to pick another rare element.
     */
    protected Composition compositionWithRareElement() {
        return Composition.parse("LrCl3");
    }

    /** @return {@link #FORMULAS} parsed */
    protected static List<Composition> realCompositions() {
        return FORMULAS.stream().map(Composition::parse).toList();
    }

    @Test
    void labelsAreNonEmptyUniqueAndStable() {
        List<String> labels = featurizer().labels();
        assertNotNull(labels, "labels() returned null");
        assertFalse(labels.isEmpty(), "labels() is empty");
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            assertTrue(label != null && !label.isBlank(), "label " + i + " is null or blank");
        }
        assertEquals(labels.size(), new HashSet<>(labels).size(), "labels() has duplicates: " + labels);
        assertEquals(labels, featurizer().labels(), "labels() differs between two calls");
    }

    @Test
    void featurizeWritesExactlyItsRangeAtTheOffset() {
        int width = featurizer().labels().size();
        for (String formula : FORMULAS) {
            double[] target = new double[MARGIN + width + MARGIN];
            Arrays.fill(target, SENTINEL);
            featurizer().featurize(Composition.parse(formula), target, MARGIN);
            for (int i = 0; i < MARGIN; i++) {
                assertEquals(SENTINEL, target[i], formula + ": wrote before the offset at index " + i);
                assertEquals(SENTINEL, target[MARGIN + width + i],
                        formula + ": wrote past labels().size() values at index " + (MARGIN + width + i));
            }
            for (int i = 0; i < width; i++) {
                assertTrue(target[MARGIN + i] != SENTINEL, formula + ": feature " + i + " was not written");
            }
        }
    }

    @Test
    void sameCompositionGivesTheSameRow() {
        for (String formula : FORMULAS) {
            assertArrayEquals(row(Composition.parse(formula)), row(Composition.parse(formula)),
                    formula + ": two calls gave different rows");
        }
    }

    @Test
    void featurizeAllEqualsRowByRowFeaturize() {
        List<Composition> compositions = realCompositions();
        FeatureMatrix matrix = featurizer().featurizeAll(compositions, TaskContext.unobserved());
        assertEquals(featurizer().labels(), matrix.labels(), "featurizeAll labels differ from labels()");
        assertEquals(compositions.size(), matrix.rowCount(), "featurizeAll row count");
        for (int r = 0; r < compositions.size(); r++) {
            assertArrayEquals(row(compositions.get(r)), matrix.row(r),
                    FORMULAS.get(r) + ": featurizeAll row differs from featurize");
        }
    }

    @Test
    void nullCompositionGivesNaNRow() {
        List<Composition> compositions = new ArrayList<>(realCompositions().subList(0, 2));
        compositions.add(1, null);
        FeatureMatrix matrix = featurizer().featurizeAll(compositions, TaskContext.unobserved());
        assertEquals(3, matrix.rowCount(), "featurizeAll must keep the null row in place");
        double[] nullRow = matrix.row(1);
        for (int i = 0; i < nullRow.length; i++) {
            assertTrue(Double.isNaN(nullRow[i]), "null composition: feature " + i + " is " + nullRow[i] + ", not NaN");
        }
        assertArrayEquals(row(compositions.get(2)), matrix.row(2), "the row after the null one is shifted");
    }

    @Test
    void concurrentCallsGiveTheSequentialRows() throws Exception {
        List<Composition> compositions = realCompositions();
        List<double[]> expected = compositions.stream().map(this::row).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<double[]>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    List<double[]> rows = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (Composition composition : compositions) {
                            rows.add(row(composition));
                        }
                    }
                    return rows;
                }));
            }
            for (Future<List<double[]>> result : results) {
                List<double[]> rows = result.get();
                for (int i = 0; i < rows.size(); i++) {
                    int c = i % compositions.size();
                    assertArrayEquals(expected.get(c), rows.get(i),
                            FORMULAS.get(c) + ": a concurrent call gave a different row");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void elementWithoutDataGivesNaNNotAnException() {
        Composition composition = compositionWithRareElement();
        double[] values = row(composition);
        for (int i = 0; i < values.length; i++) {
            assertFalse(Double.isInfinite(values[i]),
                    composition.formula() + ": feature " + i + " is infinite; an undefined feature is NaN");
        }
    }

    private double[] row(Composition composition) {
        int width = featurizer().labels().size();
        double[] target = new double[width];
        Arrays.fill(target, SENTINEL);
        featurizer().featurize(composition, target, 0);
        return target;
    }
}
