package org.matforge.commons.nn;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Random arrays drawn from a Java generator, so that a seed alone (not ND4J's global random state) decides
 * sampling and training: the same seed gives the same numbers in every runtime.
 */
public final class Randoms {
    private Randoms() {
    }

    /** @return rows × cols standard normal values (float32) */
    public static INDArray gaussian(SplittableRandom random, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i += 2) {
            // Box–Muller: two normals per pair of uniforms
            double u1 = random.nextDouble();
            double u2 = random.nextDouble();
            double r = Math.sqrt(-2 * Math.log(1 - u1));
            v[i] = (float) (r * Math.cos(2 * Math.PI * u2));
            if (i + 1 < v.length) {
                v[i + 1] = (float) (r * Math.sin(2 * Math.PI * u2));
            }
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c');
    }

    /** Shuffles {@code order} in place (Fisher–Yates). */
    public static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** @return 0..n-1 */
    public static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
