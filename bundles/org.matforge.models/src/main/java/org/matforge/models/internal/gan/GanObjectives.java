package org.matforge.models.internal.gan;

import java.util.List;

/** The objectives the {@code loss} and {@code discriminators} settings select. */
public final class GanObjectives {
    /** The non-saturating loss of Goodfellow et al. (with 2 discriminators: D2GAN's). */
    public static final String STANDARD = "standard";
    /** The losses implemented so far. */
    private static final List<String> IMPLEMENTED = List.of(STANDARD);

    private GanObjectives() {
    }

    /** @throws IllegalArgumentException naming the known losses when {@code loss} is not one */
    static void check(String loss) {
        if (!IMPLEMENTED.contains(loss)) {
            String hint = "wgan-gp".equals(loss) ? " (WGAN-GP needs the penalty's exact second-order gradient and is not available yet)" : "";
            throw new IllegalArgumentException("gan: unknown loss '" + loss + "'" + hint + "; known: " + String.join(", ", IMPLEMENTED));
        }
    }

    /** @return the objective for the settings' loss and number of discriminators */
    public static GanObjective of(GanSettings s) {
        check(s.loss());
        return s.discriminators() == 2 ? new DualDiscriminatorObjective(s.alpha(), s.beta()) : new NonSaturatingObjective();
    }
}
