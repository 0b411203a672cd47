package org.matforge.models.lib.gan;

import java.util.List;

/** The objectives the {@code loss}, {@code discriminators} and {@code combine} settings select. */
public final class GanObjectives {
    /** The non-saturating loss of Goodfellow et al., for every discriminator (with 2: the source design's GAN). */
    public static final String STANDARD = "standard";
    /** Wasserstein loss with the exact gradient penalty of Gulrajani et al. (with 2 discriminators: two critics). */
    public static final String WGAN_GP = "wgan-gp";
    /** D2GAN (Nguyen et al. 2017): with 2 discriminators, the second rewarding generated samples. */
    public static final String D2GAN = "d2gan";
    /** The losses implemented. */
    public static final List<String> LOSSES = List.of(STANDARD, WGAN_GP, D2GAN);
    /** Generator loss against several discriminators: their mean. */
    public static final String MEAN = "mean";
    /** Generator loss against several discriminators: GMAN's softmax-weighted sum (Durugkar et al. 2017, λ = 1). */
    public static final String SOFTMAX = "softmax";
    /** The combinations implemented. */
    public static final List<String> COMBINATIONS = List.of(MEAN, SOFTMAX);

    private GanObjectives() {
    }

    /** @throws IllegalArgumentException naming the known values when {@code loss} or {@code combine} is not one */
    static void check(String loss, String combine) {
        if (!LOSSES.contains(loss)) {
            throw new IllegalArgumentException("gan: unknown loss '" + loss + "'; known: " + String.join(", ", LOSSES));
        }
        if (!COMBINATIONS.contains(combine)) {
            throw new IllegalArgumentException("gan: unknown combine '" + combine + "'; known: " + String.join(", ", COMBINATIONS));
        }
    }

    /** @return the objective for the settings' loss */
    public static GanObjective of(GanSettings s) {
        check(s.loss(), s.combine());
        return switch (s.loss()) {
            case WGAN_GP -> new WassersteinObjective(s.gradientPenalty());
            case D2GAN -> new DualDiscriminatorObjective(s.alpha(), s.beta());
            default -> new NonSaturatingObjective();
        };
    }
}
