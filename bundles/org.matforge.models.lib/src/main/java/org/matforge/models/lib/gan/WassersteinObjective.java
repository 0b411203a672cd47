package org.matforge.models.lib.gan;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * WGAN-GP (Gulrajani et al. 2017) on critic scores s, means over rows: critic −s_real + s_fake (plus the gradient
 * penalty λ·(‖∇x s(x̂)‖ − 1)², added by the training loop through {@link GradientPenalty}); generator −s_fake. With
 * several critics each is trained the same way from its own initialisation and the generator is trained against
 * all of them.
 *
 * @param gradientPenalty penalty weight λ
 */
public record WassersteinObjective(double gradientPenalty) implements GanObjective {
    @Override
    public String id() {
        return GanObjectives.WGAN_GP;
    }

    @Override
    public ScoreGradient discriminatorOnReal(int k, INDArray s) {
        return linear(-1, s);
    }

    @Override
    public ScoreGradient discriminatorOnFake(int k, INDArray s) {
        return linear(1, s);
    }

    @Override
    public ScoreGradient generator(int k, INDArray s) {
        return linear(-1, s);
    }

    private static ScoreGradient linear(double w, INDArray s) {
        return new ScoreGradient(w * s.meanNumber().doubleValue(), s.like().assign(w / s.rows()));
    }
}
