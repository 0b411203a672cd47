package org.matforge.api.plugin;

/**
 * Names of the service properties every MatForge plug-in service carries. Plug-ins set them through the SDK
 * component property types ({@code @FeaturizerInfo}, {@code @GeneratorInfo}, ...), never by hand.
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

    private PluginProperties() {
    }
}
