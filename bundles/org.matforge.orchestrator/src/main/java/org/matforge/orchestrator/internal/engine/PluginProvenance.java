package org.matforge.orchestrator.internal.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which plug-in served a step.
 *
 * @param kind          the plug-in kind id
 * @param id            its {@code matforge.id}
 * @param bundle        the symbolic name of the bundle that registered it
 * @param bundleVersion that bundle's version
 * @param serviceId     the framework's service id
 * @param properties    its service properties (values as text, sorted by name)
 */
public record PluginProvenance(String kind, String id, String bundle, String bundleVersion, long serviceId, Map<String, String> properties) {
    /** Copies and sorts the properties. */
    public PluginProvenance {
        properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** @return e.g. {@code featurizer 'magpie' (org.matforge.featurizers 0.1.0)} */
    public String describe() {
        return kind + " '" + id + "' (" + bundle + " " + bundleVersion + ")";
    }
}
