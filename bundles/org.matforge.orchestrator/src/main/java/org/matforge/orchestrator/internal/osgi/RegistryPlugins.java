package org.matforge.orchestrator.internal.osgi;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginLease;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.api.plugin.PluginUnavailableException;
import org.matforge.commons.plugin.BackendDescriptions;
import org.matforge.orchestrator.internal.engine.PluginResolver;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.workflow.PluginCatalog;
import org.matforge.orchestrator.internal.workflow.PluginParameterCheck;
import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.orchestrator.internal.workflow.Suggestions;
import org.matforge.spi.backend.BackendDescription;

/**
 * The workflow's view of the plug-in catalogue ({@link PluginRegistry}): validation asks it which plug-ins exist,
 * runs lease them through it, and it words what is missing in the workflow's terms (with a did-you-mean).
 */
final class RegistryPlugins implements PluginCatalog, PluginResolver {
    private final PluginRegistry registry;

    RegistryPlugins(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<String> ids(PluginKind kind) {
        Set<String> ids = new TreeSet<>();
        for (PluginDescriptor d : registry.plugins(kind)) {
            ids.add(d.id());
        }
        return List.copyOf(ids);
    }

    @Override
    public Set<PluginRef> missing(Collection<PluginRef> refs, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Set<PluginRef> missing = new HashSet<>();
        for (PluginRef ref : refs) {
            if (registry.await(ref.query(), Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))).isEmpty()) {
                missing.add(ref);
            }
        }
        return missing;
    }

    @Override
    public ParameterSchema parameters(PluginRef ref) {
        Class<?> type = PluginParameterCheck.declaringType(ref.kind()).orElse(null);
        if (type == null) {
            return ParameterSchema.UNDECLARED;
        }
        try (PluginLease<?> lease = registry.lease(ref.query(), type, Duration.ZERO, () -> { })) {
            return PluginParameterCheck.of(lease.service());
        } catch (PluginUnavailableException | RuntimeException e) {
            return ParameterSchema.UNDECLARED; // a missing plug-in is reported by the presence check, a failing one when it runs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ParameterSchema.UNDECLARED;
        }
    }

    @Override
    public <T> PluginLease<T> acquire(PluginRef ref, Class<T> type, Duration wait, Runnable onGone) throws StepException, InterruptedException {
        try {
            return registry.lease(ref.query(), type, wait, onGone);
        } catch (PluginUnavailableException e) {
            throw new StepException(e.registered()
                    ? ref.kind().id() + " '" + ref.id() + "' is registered but could not be obtained (its component does not activate)"
                    : notFound(ref, wait));
        }
    }

    @Override
    public <T> PluginLease<T> acquireService(Class<T> type, String path, Duration wait, Runnable onGone) throws StepException, InterruptedException {
        try {
            return registry.leaseService(type, wait, onGone);
        } catch (PluginUnavailableException e) {
            throw new StepException(e.registered() ? e.getMessage()
                    : e.getMessage() + " (needed by " + path + "; is the bundle providing it, e.g. org.matforge.explain, installed and active?)");
        }
    }

    private String notFound(PluginRef ref, Duration wait) {
        List<String> known = ids(ref.kind());
        String waited = " after waiting " + wait.toMillis() / 1000.0 + " s";
        if (known.contains(ref.id())) {
            return ref.kind().id() + " '" + ref.id() + "' is registered, but none matches" + (ref.version() == null ? "" : " version " + ref.version())
                    + (ref.filter() == null ? "" : " filter " + ref.filter()) + waited;
        }
        return "no " + ref.kind().id() + " '" + ref.id() + "' registered" + waited + Suggestions.hint(ref.id(), known);
    }

    @Override
    public List<BackendDescription> backends() {
        return BackendDescriptions.all(registry).stream().map(BackendDescriptions.DescribedBackend::description).toList();
    }
}
