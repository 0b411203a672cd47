package org.matforge.commons.preprocess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random splits of {@code n} rows. The same {@code n} and seed always give the same split, on any machine and
 * Java version ({@link SplittableRandom} is specified exactly). The permutation is not numpy's, so the folds differ
 * from scikit-learn's {@code KFold(shuffle=True, random_state=seed)}; to reproduce published matbench folds read
 * them with {@link PublishedFolds}.
 */
public final class Splits {
    /** The seed of the matbench protocol ({@code KFold(n_splits=5, shuffle=True, random_state=18012019)}). */
    public static final long MATBENCH_SEED = 18012019L;

    private Splits() {
    }

    /**
     * Shuffles the rows and cuts them into train, validation and test; validation and test sizes are rounded
     * ({@code round(n × fraction)}), the rest is train.
     *
     * @throws IllegalArgumentException when fractions are negative or leave no training rows
     */
    public static TrainValidationTest trainValidationTest(int n, double validationFraction, double testFraction, long seed) {
        if (!(validationFraction >= 0) || !(testFraction >= 0) || validationFraction + testFraction >= 1) {
            throw new IllegalArgumentException("validation (" + validationFraction + ") and test (" + testFraction
                    + ") fractions must be non-negative and sum to less than 1");
        }
        int[] order = permutation(n, seed);
        int validation = (int) Math.round(n * validationFraction);
        int test = (int) Math.round(n * testFraction);
        if (n > 0 && validation + test >= n) {
            throw new IllegalArgumentException("splitting " + n + " rows into " + validation + " validation and " + test
                    + " test rows leaves none to train on");
        }
        int[] testRows = sorted(Arrays.copyOfRange(order, 0, test));
        int[] validationRows = sorted(Arrays.copyOfRange(order, test, test + validation));
        int[] trainRows = sorted(Arrays.copyOfRange(order, test + validation, n));
        return new TrainValidationTest(trainRows, validationRows, testRows);
    }

    /**
     * k-fold cross-validation as scikit-learn's {@code KFold}: consecutive blocks of the (optionally shuffled) rows,
     * the first {@code n % k} folds one row larger; every row is tested exactly once.
     *
     * @throws IllegalArgumentException when {@code k < 2} or {@code k > n}
     */
    public static List<Fold> kFold(int n, int k, boolean shuffle, long seed) {
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("k-fold needs 2 <= k <= rows, got k = " + k + " for " + n + " rows");
        }
        int[] order = shuffle ? permutation(n, seed) : identity(n);
        List<Fold> folds = new ArrayList<>(k);
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            int[] test = sorted(Arrays.copyOfRange(order, start, start + size));
            folds.add(new Fold(complement(n, test), test));
            start += size;
        }
        return folds;
    }

    /** @return a seeded Fisher–Yates permutation of 0..n-1 */
    public static int[] permutation(int n, long seed) {
        int[] order = identity(n);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** @return the rows of 0..n-1 not in the ascending array {@code rows}, ascending */
    static int[] complement(int n, int[] rows) {
        boolean[] taken = new boolean[n];
        for (int r : rows) {
            taken[r] = true;
        }
        int[] rest = new int[n - rows.length];
        int k = 0;
        for (int r = 0; r < n; r++) {
            if (!taken[r]) {
                rest[k++] = r;
            }
        }
        return rest;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static int[] sorted(int[] rows) {
        Arrays.sort(rows);
        return rows;
    }
}
