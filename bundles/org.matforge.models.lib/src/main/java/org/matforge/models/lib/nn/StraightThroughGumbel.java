package org.matforge.models.lib.nn;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Straight-through Gumbel-softmax over groups of classes (Jang et al. 2017): the forward value is a one-hot
 * sample per group drawn with the Gumbel-max trick, the backward pass is that of the relaxed softmax
 * softmax((logits + g)/τ). A discriminator then sees one-hot rows from the generator exactly as from the data, so
 * it cannot tell them apart by softness — the shortcut that drives a softmax generator into collapse.
 *
 * @param soft the relaxed sample (for the backward pass)
 * @param hard the one-hot sample (the forward value)
 * @param tau  the temperature
 */
public record StraightThroughGumbel(INDArray soft, INDArray hard, double tau) {

    /**
     * @param logits  rows × groups·classes
     * @param classes classes per group
     * @param tau     temperature of the relaxation
     * @param random  source of the Gumbel noise
     * @return the sample
     */
    public static StraightThroughGumbel sample(INDArray logits, int classes, double tau, SplittableRandom random) {
        float[] l = logits.dup('c').data().asFloat();
        perturb(l, tau, random);
        long[] shape = logits.shape();
        INDArray soft = GroupedSoftmax.forward(Nd4j.create(l, shape, 'c'), classes);
        return new StraightThroughGumbel(soft, Nd4j.create(argmax(l, classes), shape, 'c'), tau);
    }

    /**
     * @return the one-hot sample of {@link #sample} alone (the same draw for the same random state), for a caller
     *         that does not back-propagate through it
     */
    public static INDArray hardSample(INDArray logits, int classes, double tau, SplittableRandom random) {
        return Nd4j.create(hardSample(logits.dup('c').data().asFloat(), classes, tau, random), logits.shape(), 'c');
    }

    /**
     * @param logits rows × groups·classes, row-major (not modified)
     * @return the forward value of {@link #sample} (one-hot rows, row-major) without the relaxed sample the backward
     *         pass needs: the same draws from {@code random}, the same rows
     */
    public static float[] hardSample(float[] logits, int classes, double tau, SplittableRandom random) {
        float[] l = logits.clone();
        perturb(l, tau, random);
        return argmax(l, classes);
    }

    /** Adds Gumbel noise, one uniform per logit, and divides by τ. */
    private static void perturb(float[] l, double tau, SplittableRandom random) {
        for (int i = 0; i < l.length; i++) {
            double u = Math.max(1e-12, random.nextDouble());
            l[i] = (float) ((l[i] - Math.log(-Math.log(u))) / tau);
        }
    }

    /** @return one-hot rows: a 1 at the largest value of each group */
    private static float[] argmax(float[] l, int classes) {
        float[] hard = new float[l.length];
        for (int g = 0; g < l.length; g += classes) {
            int best = g;
            for (int c = g + 1; c < g + classes; c++) {
                if (l[c] > l[best]) {
                    best = c;
                }
            }
            hard[best] = 1f;
        }
        return hard;
    }

    /** @return gradient w.r.t. the logits for a gradient w.r.t. the (hard) sample */
    public INDArray backward(INDArray dSample, int classes) {
        return GroupedSoftmax.backward(soft, dSample, classes).divi(tau);
    }
}
