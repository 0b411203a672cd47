package org.matforge.models.lib.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.matforge.api.chem.Composition;
import org.matforge.commons.nn.Mlp;
import org.matforge.commons.nn.Randoms;
import org.matforge.models.lib.nn.GroupedSoftmax;
import org.matforge.models.lib.nn.StraightThroughGumbel;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The unconditional GAN draw as it was before the funnel work of issue 23, kept as the reference the faster path must
 * reproduce: one random stream, chunks of 1,000 rows, the tempered draw with the full softmax for every element, and
 * the softmax of the whole chunk for all-absent rows.
 */
public final class SequentialDrawReference {
    private SequentialDrawReference() {
    }

    /** @return {@code count} draws of the unconditional generator, as drawn before */
    public static List<Composition> draw(Mlp generator, CompositionCodec codec, int noise, SamplingSettings sampling, int count,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Composition> out = new ArrayList<>(count);
        for (int done = 0; done < count; done += 1000) {
            int n = Math.min(1000, count - done);
            INDArray z = Randoms.gaussian(random, n, noise).muli(sampling.latentScale());
            INDArray logits = generator.output(z);
            float[] flat = sampling.equals(SamplingSettings.AS_TRAINED)
                    ? StraightThroughGumbel.sample(logits, codec.classes(), 1.0, random).hard().data().asFloat()
                    : temperedDraw(logits.dup('c').data().asFloat(), codec.classes(), sampling.presenceTemperature(),
                            sampling.countTemperature(), random);
            float[] probabilities = null;
            for (int r = 0; r < n; r++) {
                Composition c = codec.decode(flat, r);
                if (c == null) {
                    if (probabilities == null) {
                        probabilities = GroupedSoftmax.forward(logits, codec.classes()).data().asFloat();
                    }
                    c = codec.decodeExpected(probabilities, r);
                }
                out.add(c);
            }
        }
        return out;
    }

    /** {@link TemperedDraw#sample} as it was: the softmax of every element's counts before its presence draw. */
    public static float[] temperedDraw(float[] logits, int classes, double presenceTemperature, double countTemperature,
            SplittableRandom random) {
        float[] out = new float[logits.length];
        double[] weights = new double[classes];
        for (int o = 0; o < logits.length; o += classes) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 1; c < classes; c++) {
                max = Math.max(max, logits[o + c]);
            }
            double sum = 0;
            for (int c = 1; c < classes; c++) {
                sum += Math.exp(logits[o + c] - max);
            }
            double presentLogOdds = max + Math.log(sum) - logits[o];
            if (random.nextDouble() >= 1 / (1 + Math.exp(-presentLogOdds / presenceTemperature))) {
                out[o] = 1f;
                continue;
            }
            double total = 0;
            for (int c = 1; c < classes; c++) {
                weights[c] = Math.exp((logits[o + c] - max) / countTemperature);
                total += weights[c];
            }
            double u = random.nextDouble() * total;
            int chosen = classes - 1;
            for (int c = 1; c < classes; c++) {
                u -= weights[c];
                if (u < 0) {
                    chosen = c;
                    break;
                }
            }
            out[o + chosen] = 1f;
        }
        return out;
    }
}
