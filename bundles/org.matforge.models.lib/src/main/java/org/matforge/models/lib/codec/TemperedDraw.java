package org.matforge.models.lib.codec;

import java.util.SplittableRandom;

/**
 * Draws one class per element from the decoder's count logits in two stages, each with its own temperature:
 * first whether the element is present (P(present) = 1 − P(count = 0), its log-odds divided by
 * {@code presenceTemperature}), then, if present, its count from the non-zero counts' softmax at
 * {@code countTemperature}. With both temperatures 1 this is exactly a draw from the decoder's categorical; a warmer
 * presence draw explores other element combinations, a colder count draw keeps the most likely stoichiometry of a
 * combination.
 */
public final class TemperedDraw {
    private TemperedDraw() {
    }

    /**
     * @param logits              rows × (elements · classes), row-major; class 0 is "absent", class n is n atoms
     * @param classes             classes per element (maxCount + 1)
     * @param presenceTemperature &gt; 0
     * @param countTemperature    &gt; 0
     * @param random              source of the draws (two uniforms per present element, one per absent one)
     * @return one-hot rows of the same shape
     */
    public static float[] sample(float[] logits, int classes, double presenceTemperature, double countTemperature,
            SplittableRandom random) {
        float[] out = new float[logits.length];
        double[] weights = new double[classes];
        double logCounts = Math.log(classes - 1);
        for (int o = 0; o < logits.length; o += classes) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 1; c < classes; c++) {
                max = Math.max(max, logits[o + c]);
            }
            double u = random.nextDouble();
            // P(present) = σ(log-odds / T) < exp(log-odds / T) ≤ exp((max + log(classes − 1) − logit0) / T): a draw above
            // that bound (with a margin far above rounding) is "absent" without the softmax — the same verdict, cheaper
            if (u >= Math.exp((max + logCounts - logits[o]) / presenceTemperature) * (1 + 1e-9)) {
                out[o] = 1f;
                continue;
            }
            double sum = 0;
            for (int c = 1; c < classes; c++) {
                sum += Math.exp(logits[o + c] - max);
            }
            double presentLogOdds = max + Math.log(sum) - logits[o];
            if (u >= 1 / (1 + Math.exp(-presentLogOdds / presenceTemperature))) {
                out[o] = 1f;
                continue;
            }
            double total = 0;
            for (int c = 1; c < classes; c++) {
                weights[c] = Math.exp((logits[o + c] - max) / countTemperature);
                total += weights[c];
            }
            double left = random.nextDouble() * total;
            int chosen = classes - 1;
            for (int c = 1; c < classes; c++) {
                left -= weights[c];
                if (left < 0) {
                    chosen = c;
                    break;
                }
            }
            out[o + chosen] = 1f;
        }
        return out;
    }
}
