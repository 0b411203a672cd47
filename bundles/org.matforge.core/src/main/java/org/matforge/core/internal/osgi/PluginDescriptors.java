package org.matforge.core.internal.osgi;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginProperties;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/** Reads a plug-in's descriptor from its service properties, without getting the service. */
final class PluginDescriptors {
    private PluginDescriptors() {
    }

    /** @return the descriptor, or empty when the service was unregistered meanwhile */
    static Optional<PluginDescriptor> describe(PluginKind kind, ServiceReference<?> ref) {
        return describe(kind, ref, "(no id)");
    }

    /** @return the descriptor of a platform service (no kind, the interface's simple name as id), or empty when unregistered meanwhile */
    static Optional<PluginDescriptor> describeService(Class<?> type, ServiceReference<?> ref) {
        return describe(null, ref, type.getSimpleName());
    }

    private static Optional<PluginDescriptor> describe(PluginKind kind, ServiceReference<?> ref, String defaultId) {
        Bundle bundle = ref.getBundle();
        if (bundle == null) {
            return Optional.empty();
        }
        Map<String, Object> props = new TreeMap<>();
        for (String key : ref.getPropertyKeys()) {
            if (key.startsWith(PluginProperties.PREFIX)) {
                props.put(key, ref.getProperty(key));
            }
        }
        String id = text(ref.getProperty(PluginProperties.ID), defaultId);
        String name = text(ref.getProperty(PluginProperties.NAME), id);
        String description = text(ref.getProperty(PluginProperties.DESCRIPTION), "");
        long serviceId = (Long) ref.getProperty(Constants.SERVICE_ID);
        return Optional.of(new PluginDescriptor(kind, id, name, description, bundle.getSymbolicName(),
                bundle.getVersion().toString(), serviceId, props));
    }

    private static String text(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
