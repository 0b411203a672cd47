package org.matforge.models.lib.gan;

import java.util.List;

/** The objectives the {@code loss} and {@code discriminators} settings select. */
public final class GanObjectives {
    /** The non-saturating loss of Goodfellow et al. (with 2 discriminators: D2GAN's). */
    public static final String STANDARD = "standard";
    /** Wasserstein loss with the exact gradient penalty of Gulrajani et al. (with 2 discriminators: two critics). */
    public static final String WGAN_GP = "wgan-gp";
    /** The losses implemented so far. */
    private static final List<String> IMPLEMENTED = List.of(STANDARD, WGAN_GP);

    private GanObjectives() {
    }

    /** @throws IllegalArgumentException naming the known losses when {@code loss} is not one */
    static void check(String loss) {
        if (!IMPLEMENTED.contains(loss)) {
            throw new IllegalArgumentException("gan: unknown loss '" + loss + "'; known: " + String.join(", ", IMPLEMENTED));
        }
    }

    /** @return the objective for the settings' loss and number of discriminators */
    public static GanObjective of(GanSettings s) {
        check(s.loss());
        if (WGAN_GP.equals(s.loss())) {
            return new WassersteinObjective(s.gradientPenalty());
        }
        return s.discriminators() == 2 ? new DualDiscriminatorObjective(s.alpha(), s.beta()) : new NonSaturatingObjective();
    }
}
