package org.matforge.api.plugin;

import java.util.Map;

/**
 * What the registry knows about one plug-in service, read from its service properties without loading it.
 *
 * @param kind          the plug-in kind, or null for a platform service (see {@link PluginRegistry#leaseService})
 * @param id            the {@code matforge.id} property
 * @param name          the {@code matforge.name} property, or the id when unset
 * @param description   the {@code matforge.description} property, or empty
 * @param bundle        symbolic name of the bundle that registered the service
 * @param bundleVersion version of that bundle
 * @param serviceId     the framework's {@code service.id}
 * @param properties    all {@code matforge.*} service properties, values as registered
 */
public record PluginDescriptor(PluginKind kind, String id, String name, String description, String bundle,
        String bundleVersion, long serviceId, Map<String, Object> properties) {
    /** Copies the properties. */
    public PluginDescriptor {
        properties = Map.copyOf(properties);
    }

    /**
     * @return e.g. {@code featurizer 'magpie' (org.matforge.featurizers 0.1.0)}; a platform service says {@code service}
     *         for its kind. Since 1.3.
     */
    public String describe() {
        return (kind == null ? "service" : kind.id()) + " '" + id + "' (" + bundle + " " + bundleVersion + ")";
    }
}
