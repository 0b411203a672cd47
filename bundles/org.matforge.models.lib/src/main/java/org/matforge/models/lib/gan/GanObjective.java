package org.matforge.models.lib.gan;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The adversarial loss, pluggable so that one training loop serves every GAN variant: the standard
 * non-saturating loss, Wasserstein losses, and several discriminators (D2GAN's D1 rewarding real and D2
 * rewarding generated samples get different terms through {@code k}). Scores are the raw (linear) outputs of
 * discriminator {@code k}.
 */
public interface GanObjective {
    /** @return the id used in parameters and metadata, e.g. {@code "standard"} */
    String id();

    /** @return the loss of discriminator k on real samples, and its gradient */
    ScoreGradient discriminatorOnReal(int k, INDArray scores);

    /** @return the loss of discriminator k on generated samples, and its gradient */
    ScoreGradient discriminatorOnFake(int k, INDArray scores);

    /** @return the generator's loss against discriminator k on generated samples, and its gradient */
    ScoreGradient generator(int k, INDArray scores);

    /** @return weight λ of the gradient penalty on each discriminator ({@link GradientPenalty}), 0 for none */
    default double gradientPenalty() {
        return 0;
    }
}
