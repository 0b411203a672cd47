package org.matforge.commons.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SplitsTest {
    @Test
    void threeWaySplitIsDisjointCompleteAndSeeded() {
        TrainValidationTest split = Splits.trainValidationTest(4604, 0.1, 0.2, 42);
        assertEquals(460, split.validation().length);
        assertEquals(921, split.test().length);
        assertEquals(4604 - 460 - 921, split.train().length);
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())),
                Arrays.stream(split.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 4604).toArray(), all);
        TrainValidationTest again = Splits.trainValidationTest(4604, 0.1, 0.2, 42);
        assertArrayEquals(split.test(), again.test());
        assertFalse(Arrays.equals(split.test(), Splits.trainValidationTest(4604, 0.1, 0.2, 43).test()));
        assertEquals(0, Splits.trainValidationTest(10, 0, 0, 1).test().length);
    }

    @Test
    void kFoldSizesFollowScikitLearn() {
        List<Fold> folds = Splits.kFold(4604, 5, true, Splits.MATBENCH_SEED);
        assertEquals(List.of(921, 921, 921, 921, 920), folds.stream().map(f -> f.test().length).toList());
        int[] timesTested = new int[4604];
        for (Fold f : folds) {
            assertEquals(4604, f.train().length + f.test().length);
            for (int r : f.test()) {
                timesTested[r]++;
            }
            int[] both = IntStream.concat(Arrays.stream(f.train()), Arrays.stream(f.test())).sorted().toArray();
            assertArrayEquals(IntStream.range(0, 4604).toArray(), both, "train and test are complementary");
        }
        assertEquals(4604, Arrays.stream(timesTested).filter(t -> t == 1).count(), "every row tested exactly once");
        assertArrayEquals(new int[] {0, 1, 2}, Splits.kFold(10, 4, false, 0).get(0).test(), "unshuffled: consecutive blocks");
        assertArrayEquals(new int[] {8, 9}, Splits.kFold(10, 4, false, 0).get(3).test());
        assertArrayEquals(folds.get(2).test(), Splits.kFold(4604, 5, true, Splits.MATBENCH_SEED).get(2).test(), "seeded");
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("k-fold needs 2 <= k <= rows, got k = 1 for 10 rows",
                assertThrows(IllegalArgumentException.class, () -> Splits.kFold(10, 1, true, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Splits.trainValidationTest(10, 0.5, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> Splits.trainValidationTest(4, 0.4, 0.4, 0));
    }
}
