package org.matforge.optimizer.lib;

import java.util.Locale;

import org.matforge.optimizer.lib.forest.RandomForest;
import org.matforge.optimizer.lib.gp.GpSurrogate;

/** The built-in surrogates, by id. */
public enum SurrogateKind {
    /** GP, Matérn 5/2, one length scale per input. */
    GP_ARD("gp-ard"),
    /** GP, Matérn 5/2, one length scale for all inputs. */
    GP_ISO("gp-iso"),
    /** Random forest of 100 trees. */
    RANDOM_FOREST("random-forest"),
    /** No model: uniformly random proposals (the baseline). */
    RANDOM("random");

    private final String id;

    SurrogateKind(String id) {
        this.id = id;
    }

    /** @return the plug-in id */
    public String id() {
        return id;
    }

    /** @return the kind of an id */
    public static SurrogateKind of(String id) {
        for (SurrogateKind k : values()) {
            if (k.id.equals(id.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown surrogate '" + id + "'; known: gp-ard, gp-iso, random-forest, random");
    }

    /** @return a new, unfitted surrogate (null for {@link #RANDOM}) */
    public Surrogate create(int restarts) {
        switch (this) {
        case GP_ARD:
            return new GpSurrogate(true, restarts);
        case GP_ISO:
            return new GpSurrogate(false, restarts);
        case RANDOM_FOREST:
            return new RandomForest();
        default:
            return null;
        }
    }
}
