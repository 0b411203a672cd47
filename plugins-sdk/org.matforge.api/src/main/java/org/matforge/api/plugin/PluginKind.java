package org.matforge.api.plugin;

/**
 * The kinds of plug-in MatForge discovers in the service registry, each with the SPI interface its services
 * are registered under.
 */
public enum PluginKind {
    /** Loads tables of compositions and properties: {@code org.matforge.spi.datasource.DataSource}. */
    DATA_SOURCE("data-source", "org.matforge.spi.datasource.DataSource"),
    /** Turns compositions into feature vectors: {@code org.matforge.spi.featurizer.Featurizer}. */
    FEATURIZER("featurizer", "org.matforge.spi.featurizer.Featurizer"),
    /** Proposes new compositions: {@code org.matforge.spi.generator.GenerativeModel}. */
    GENERATOR("generator", "org.matforge.spi.generator.GenerativeModel"),
    /** Predicts a property with uncertainty: {@code org.matforge.spi.predictor.PropertyPredictor}. */
    PREDICTOR("predictor", "org.matforge.spi.predictor.PropertyPredictor"),
    /** Accepts or rejects candidates: {@code org.matforge.spi.screen.Screen}. */
    SCREEN("screen", "org.matforge.spi.screen.Screen"),
    /** Suggests the next experiments: {@code org.matforge.spi.optimizer.Optimizer}. */
    OPTIMIZER("optimizer", "org.matforge.spi.optimizer.Optimizer"),
    /** Provides a numeric compute device: {@code org.matforge.spi.backend.ComputeBackend}. */
    COMPUTE_BACKEND("backend", "org.matforge.spi.backend.ComputeBackend"),
    /** Trains property predictors: {@code org.matforge.spi.model.PredictorTrainer}. */
    PREDICTOR_TRAINER("predictor-trainer", "org.matforge.spi.model.PredictorTrainer"),
    /** Trains generative models: {@code org.matforge.spi.model.GeneratorTrainer}. */
    GENERATOR_TRAINER("generator-trainer", "org.matforge.spi.model.GeneratorTrainer"),
    /**
     * Reads the model files of one trainer (its {@code matforge.id} is the trainer's):
     * {@code org.matforge.spi.model.ModelLoader}. Since 1.2.
     */
    MODEL_LOADER("model-loader", "org.matforge.spi.model.ModelLoader");

    private final String id;
    private final String serviceInterface;

    PluginKind(String id, String serviceInterface) {
        this.id = id;
        this.serviceInterface = serviceInterface;
    }

    /** @return the kind's short name as used in workflows and commands, e.g. {@code "featurizer"} */
    public String id() {
        return id;
    }

    /** @return the fully qualified name of the SPI interface services of this kind are registered under */
    public String serviceInterface() {
        return serviceInterface;
    }

    /** @return the kind with that short name @throws IllegalArgumentException listing the known names */
    public static PluginKind ofId(String id) {
        for (PluginKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        StringBuilder known = new StringBuilder();
        for (PluginKind k : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(k.id);
        }
        throw new IllegalArgumentException("no plug-in kind '" + id + "' — known: " + known);
    }
}
