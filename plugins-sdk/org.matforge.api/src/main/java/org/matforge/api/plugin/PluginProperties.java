package org.matforge.api.plugin;

/**
 * Names of the service properties every MatForge plug-in service carries, and of those the model-bundle extender
 * adds to the models it registers. Plug-ins set them through the SDK component property types
 * ({@code @FeaturizerInfo}, {@code @GeneratorInfo}, ...), never by hand; the kind-specific names are constants on
 * those types (e.g. {@code PredictorInfo.TARGET}).
 */
public final class PluginProperties {
    /** Prefix of all MatForge service properties. */
    public static final String PREFIX = "matforge.";
    /** Stable id, unique per kind, used by workflows: {@code matforge.id}. */
    public static final String ID = PREFIX + "id";
    /** Human-readable name: {@code matforge.name}. */
    public static final String NAME = PREFIX + "name";
    /** One-sentence description: {@code matforge.description}. */
    public static final String DESCRIPTION = PREFIX + "description";
    /** Of a model from a model bundle: the id of its trainer (and loader), {@code matforge.trainer}. Since 1.3. */
    public static final String TRAINER = PREFIX + "trainer";
    /** Of a model from a model bundle: the symbolic name of that bundle, {@code matforge.model.bundle}. Since 1.3. */
    public static final String MODEL_BUNDLE = PREFIX + "model.bundle";
    /** Of a model from a model bundle: the path of its file in the bundle, {@code matforge.model.file}. Since 1.3. */
    public static final String MODEL_FILE = PREFIX + "model.file";
    /**
     * Of a predictor from a model bundle: the featurizers whose concatenated output it expects, in order
     * ({@code String[]}), {@code matforge.featurizers}. Since 1.3.
     */
    public static final String FEATURIZERS = PREFIX + "featurizers";
    /** Of a model from a model bundle with a model card: the card's licence, {@code matforge.model.licence}. Since 1.4. */
    public static final String MODEL_LICENCE = PREFIX + "model.licence";
    /** Of a model from a model bundle with a model card: the card's training-data note, {@code matforge.model.data}. Since 1.4. */
    public static final String MODEL_DATA = PREFIX + "model.data";

    private PluginProperties() {
    }
}
