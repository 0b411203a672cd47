package org.matforge.screens.lib;

import java.util.Locale;

/** How {@link PropertyWindowScreen} uses a prediction's uncertainty. */
enum WindowMode {
    /** The mean must lie in the window; the uncertainty is ignored. */
    MEAN,
    /** The whole interval [mean − k·σ, mean + k·σ] must lie in the window: confident candidates only. */
    PESSIMISTIC,
    /** The interval [mean − k·σ, mean + k·σ] must touch the window: keeps candidates that might qualify. */
    OPTIMISTIC;

    /** @return the mode named {@code text} (case-insensitive) @throws IllegalArgumentException naming the choices */
    static WindowMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter 'mode' must be mean, pessimistic or optimistic, got \"" + text + "\"", e);
        }
    }

    /** @return the mode's name as written in workflows */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
