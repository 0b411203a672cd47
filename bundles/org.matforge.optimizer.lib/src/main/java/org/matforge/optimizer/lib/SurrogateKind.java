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
    /** A deep ensemble of MLPs (members' mean and spread): the mlp-ensemble predictor trainer, given to the optimiser as a factory. */
    MLP_ENSEMBLE("mlp-ensemble"),
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
        throw new IllegalArgumentException("unknown surrogate '" + id + "'; known: gp-ard, gp-iso, random-forest, mlp-ensemble, random");
    }

    /**
     * @return a new, unfitted surrogate (null for {@link #RANDOM})
     * @throws IllegalStateException for {@link #MLP_ENSEMBLE}, which lives in another component: pass its factory to
     *                               {@link BayesianOptimizer#BayesianOptimizer(BoSettings, java.util.function.Supplier)}
     */
    public Surrogate create(int restarts) {
        switch (this) {
        case GP_ARD:
            return new GpSurrogate(true, restarts);
        case GP_ISO:
            return new GpSurrogate(false, restarts);
        case RANDOM_FOREST:
            return new RandomForest();
        case MLP_ENSEMBLE:
            throw new IllegalStateException("the mlp-ensemble surrogate is the predictor trainer of that name; give the optimiser its factory");
        default:
            return null;
        }
    }
}
