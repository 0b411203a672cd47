package org.matforge.models.lib.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What a conditional GAN's generator and discriminators see of the standardised property value c: c itself and
 * Gaussian bumps exp(−(c − μ_i)² / 2σ²) at {@link #CENTRES} evenly spaced centres μ_i from −2 to 3 (σ their spacing).
 * The bumps act like the one-hot class labels of a class-conditional GAN — a single scalar among a hundred noise
 * inputs and hundreds of one-hot inputs was ignored by both networks on expt_gap (samples did not shift with it).
 */
final class ConditionFeatures {
    /** Number of bumps. */
    static final int CENTRES = 8;
    /** Columns per row: the value and its bumps. */
    static final int WIDTH = CENTRES + 1;
    private static final double LOW = -2;
    private static final double HIGH = 3;
    private static final double SPACING = (HIGH - LOW) / (CENTRES - 1);

    private ConditionFeatures() {
    }

    /** @return rows × {@link #WIDTH} features of standardised values */
    static INDArray of(float[] standardised) {
        float[] f = new float[standardised.length * WIDTH];
        for (int r = 0; r < standardised.length; r++) {
            double c = standardised[r];
            f[r * WIDTH] = (float) c;
            for (int i = 0; i < CENTRES; i++) {
                double d = (c - (LOW + i * SPACING)) / SPACING;
                f[r * WIDTH + 1 + i] = (float) Math.exp(-d * d / 2);
            }
        }
        return Nd4j.create(f, new long[] {standardised.length, WIDTH}, 'c');
    }
}
