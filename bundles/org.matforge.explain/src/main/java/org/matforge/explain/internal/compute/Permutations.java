package org.matforge.explain.internal.compute;

import java.util.SplittableRandom;

/** Random orders of 0..n−1 (Fisher–Yates). */
final class Permutations {
    private Permutations() {
    }

    static int[] random(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
