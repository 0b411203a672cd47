package org.matforge.commons.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.commons.testdata.SharedData;

class PublishedFoldsTest {
    @TempDir
    Path dir;

    @Test
    void matbenchExptGapFolds() throws IOException {
        SharedData.Table table = SharedData.table("expt_gap");
        PublishedFolds folds = PublishedFolds.read(SharedData.root().resolve("matbench/folds/expt_gap"), table.formulas(), table.targets());
        assertEquals(List.of(920, 919, 920, 920, 920), folds.folds().stream().map(f -> f.test().length).toList());
        // the published fold file and the task table disagree on one target; reported, not silently used
        assertEquals(List.of("row 350 (In1.5Cu0.5Se2.5): test1.csv: target 0.9199999999999999 but the table has 1.24"),
                folds.problems().stream().map(RowProblem::toString).toList());
        assertEquals(5, folds.neverTested().length, "five formulas appear only in the full table");
        int[] timesTested = new int[table.targets().length];
        for (Fold f : folds.folds()) {
            assertEquals(table.targets().length, f.train().length + f.test().length);
            Arrays.stream(f.test()).forEach(r -> timesTested[r]++);
        }
        assertEquals(4599, Arrays.stream(timesTested).filter(t -> t == 1).count());
        for (int r : folds.neverTested()) {
            assertEquals(0, timesTested[r]);
            assertTrue(folds.folds().stream().allMatch(f -> Arrays.binarySearch(f.train(), r) >= 0), "always trained on");
        }
    }

    @Test
    void matbenchSteelsFoldsCoverEveryRow() throws IOException {
        SharedData.Table table = SharedData.table("steels_yield");
        PublishedFolds folds = PublishedFolds.read(SharedData.root().resolve("matbench/folds/steels_yield"), table.formulas(), table.targets());
        assertEquals(List.of(63, 63, 62, 62, 62), folds.folds().stream().map(f -> f.test().length).toList());
        assertEquals(0, folds.neverTested().length);
        int[] all = folds.folds().stream().flatMapToInt(f -> Arrays.stream(f.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 312).toArray(), all);
    }

    @Test
    void mismatchesAreReportedWithTheirReasons() throws IOException {
        Files.writeString(dir.resolve("test0.csv"), "formula,target\nNaCl,1.0\nKCl,2.0\n");
        Files.writeString(dir.resolve("test1.csv"), "formula,target\nFe2O3,3.5\nNaCl,1.0\nMgO,x\n");
        PublishedFolds folds = PublishedFolds.read(dir, List.of("NaCl", "Fe2O3", "MgO", "SiO2"), new double[] {1.0, 3.0, 4.0, 5.0});
        assertArrayEquals(new int[] {0}, folds.folds().get(0).test());
        assertArrayEquals(new int[] {1, 2}, folds.folds().get(1).test());
        assertArrayEquals(new int[] {3}, folds.neverTested());
        assertEquals(List.of("test0.csv: formula not in the table", "test1.csv: target 3.5 but the table has 3.0",
                "test1.csv: formula not in the table (all its rows already matched)", "test1.csv: target 'x' is not a number"),
                folds.problems().stream().map(RowProblem::reason).toList());
        assertThrows(NoSuchFileException.class, () -> PublishedFolds.read(dir.resolve("none"), List.of("NaCl"), null));
    }
}
