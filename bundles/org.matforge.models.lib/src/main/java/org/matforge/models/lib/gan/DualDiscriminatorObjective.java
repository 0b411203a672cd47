package org.matforge.models.lib.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * D2GAN (Nguyen et al., NeurIPS 2017): discriminator outputs D_k = softplus(s_k) &gt; 0; D1 (k = 0) rewards real
 * samples, D2 (k = 1) generated ones. Minimised losses, means over rows:
 * D1: −α log D1(x) + D1(G(z)); D2: D2(x) − β log D2(G(z)); generator: −D1(G(z)) + β log D2(G(z)).
 *
 * @param alpha weight α
 * @param beta  weight β
 */
public record DualDiscriminatorObjective(double alpha, double beta) implements GanObjective {
    private static final double EPS = 1e-8;

    @Override
    public String id() {
        return GanObjectives.D2GAN;
    }

    @Override
    public ScoreGradient discriminatorOnReal(int k, INDArray s) {
        return k == 0 ? weightedLog(-alpha, s) : linear(1, s);
    }

    @Override
    public ScoreGradient discriminatorOnFake(int k, INDArray s) {
        return k == 0 ? linear(1, s) : weightedLog(-beta, s);
    }

    @Override
    public ScoreGradient generator(int k, INDArray s) {
        return k == 0 ? linear(-1, s) : weightedLog(beta, s);
    }

    /** w·softplus(s), gradient w·σ(s) */
    private static ScoreGradient linear(double w, INDArray s) {
        double loss = w * Transforms.softPlus(s, true).meanNumber().doubleValue();
        return new ScoreGradient(loss, Transforms.sigmoid(s, true).muli(w / s.rows()));
    }

    /** w·log softplus(s), gradient w·σ(s)/softplus(s) */
    private static ScoreGradient weightedLog(double w, INDArray s) {
        INDArray d = Transforms.softPlus(s, true).addi(EPS);
        double loss = w * Transforms.log(d, true).meanNumber().doubleValue();
        return new ScoreGradient(loss, Transforms.sigmoid(s, true).divi(d).muli(w / s.rows()));
    }
}
