package org.matforge.models.lib.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The standard GAN loss with the non-saturating generator loss (Goodfellow et al. 2014), on logits s:
 * discriminator −[log σ(s_real) + log(1 − σ(s_fake))], generator −log σ(s_fake). The same for every
 * discriminator.
 */
public final class NonSaturatingObjective implements GanObjective {
    @Override
    public String id() {
        return "standard";
    }

    @Override
    public ScoreGradient discriminatorOnReal(int k, INDArray s) {
        // loss softplus(-s); d/ds = σ(s) − 1
        return new ScoreGradient(softplus(s.neg()), Transforms.sigmoid(s, true).subi(1).divi(s.rows()));
    }

    @Override
    public ScoreGradient discriminatorOnFake(int k, INDArray s) {
        // loss softplus(s); d/ds = σ(s)
        return new ScoreGradient(softplus(s), Transforms.sigmoid(s, true).divi(s.rows()));
    }

    @Override
    public ScoreGradient generator(int k, INDArray s) {
        return discriminatorOnReal(k, s);
    }

    private static double softplus(INDArray x) {
        return Transforms.softPlus(x, true).meanNumber().doubleValue();
    }
}
