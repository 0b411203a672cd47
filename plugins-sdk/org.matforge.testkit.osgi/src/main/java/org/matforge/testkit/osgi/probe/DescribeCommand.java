package org.matforge.testkit.osgi.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginProblem;
import org.matforge.api.plugin.PluginRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * {@code mftest:describe FILE}: writes what the {@link PluginRegistry} says — every plug-in's descriptor with its
 * {@code matforge.*} properties, and every problem — to FILE in {@link RegistryText}'s line format.
 */
public final class DescribeCommand {
    private final BundleContext context;

    DescribeCommand(BundleContext context) {
        this.context = context;
    }

    /** Writes the registry's view to {@code file}. */
    public void describe(String file) throws IOException {
        ServiceReference<PluginRegistry> ref = context.getServiceReference(PluginRegistry.class);
        if (ref == null) {
            throw new IllegalStateException("no PluginRegistry service: is org.matforge.core running?");
        }
        PluginRegistry registry = context.getService(ref);
        try {
            List<String> lines = new ArrayList<>();
            for (PluginDescriptor p : registry.plugins()) {
                lines.add(RegistryText.line(RegistryText.PLUGIN, p.kind() == null ? "" : p.kind().id(), p.id(), p.name(),
                        p.description(), p.bundle(), p.bundleVersion(), Long.toString(p.serviceId())));
                Map<String, Object> sorted = new TreeMap<>(p.properties());
                for (Map.Entry<String, Object> e : sorted.entrySet()) {
                    lines.add(RegistryText.line(RegistryText.PROPERTY, e.getKey(), RegistryText.value(e.getValue())));
                }
            }
            for (PluginProblem p : registry.problems()) {
                lines.add(RegistryText.line(RegistryText.PROBLEM, p.bundle(), p.bundleVersion(), p.component(), p.message()));
            }
            Files.write(Path.of(file), lines, StandardCharsets.UTF_8);
        } finally {
            context.ungetService(ref);
        }
    }
}
