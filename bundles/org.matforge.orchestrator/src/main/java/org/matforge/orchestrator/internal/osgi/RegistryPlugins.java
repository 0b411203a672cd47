package org.matforge.orchestrator.internal.osgi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.orchestrator.internal.engine.Lease;
import org.matforge.orchestrator.internal.engine.PluginProvenance;
import org.matforge.orchestrator.internal.engine.PluginResolver;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.workflow.PluginCatalog;
import org.matforge.orchestrator.internal.workflow.PluginParameterCheck;
import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.orchestrator.internal.workflow.Suggestions;
import org.matforge.spi.backend.BackendDescription;
import org.matforge.spi.backend.ComputeBackend;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.VersionRange;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Plug-ins from the OSGi service registry: a reference (kind + {@code matforge.id}, optional bundle version range
 * and LDAP filter) is resolved with a {@link ServiceTracker} that waits a bounded time for a plug-in still starting;
 * the service is obtained through {@link ServiceObjects} and watched, so that its unregistration while a run
 * holds it is reported to that run.
 */
final class RegistryPlugins implements PluginCatalog, PluginResolver {
    private static final long POLL_MILLIS = 50;

    private final BundleContext context;

    RegistryPlugins(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<String> ids(PluginKind kind) {
        Set<String> ids = new TreeSet<>();
        for (ServiceReference<?> r : references(kind.serviceInterface(), null)) {
            Object id = r.getProperty(PluginProperties.ID);
            if (id != null) {
                ids.add(id.toString());
            }
        }
        return List.copyOf(ids);
    }

    @Override
    public Optional<String> filterProblem(String filter) {
        return PluginSyntax.filterProblem(filter);
    }

    @Override
    public Optional<String> versionProblem(String range) {
        return PluginSyntax.versionProblem(range);
    }

    @Override
    public Set<PluginRef> missing(Collection<PluginRef> refs, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Set<PluginRef> missing = new HashSet<>();
            for (PluginRef ref : refs) {
                if (matching(ref).isEmpty()) {
                    missing.add(ref);
                }
            }
            if (missing.isEmpty() || System.nanoTime() >= deadline) {
                return missing;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    @Override
    public ParameterSchema parameters(PluginRef ref) {
        ServiceReference<Object> best = bestMatching(ref);
        Object service = best == null ? null : context.getService(best);
        if (service == null) {
            return ParameterSchema.UNDECLARED;
        }
        try {
            return PluginParameterCheck.of(service);
        } catch (RuntimeException e) {
            return ParameterSchema.UNDECLARED; // its parameters are then checked when it runs
        } finally {
            context.ungetService(best);
        }
    }

    @Override
    public <T> Lease<T> acquire(PluginRef ref, Class<T> type, Duration wait, Runnable onGone) throws StepException, InterruptedException {
        Filter filter = filter(ref, type.getName());
        VersionRange range = ref.version() == null ? null : VersionRange.valueOf(ref.version());
        ServiceTracker<T, ServiceReference<T>> tracker = new ServiceTracker<>(context, filter, null) {
            @Override
            public ServiceReference<T> addingService(ServiceReference<T> reference) {
                return range == null || inRange(reference, range) ? reference : null;
            }
        };
        tracker.open();
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                ServiceReference<T> best = tracker.getServiceReference();
                if (best == null) {
                    best = bestMatching(ref); // the registry itself, in case an event was missed during a re-registration
                }
                Lease<T> lease = best == null ? null : lease(best, ref, onGone);
                if (lease != null) {
                    return lease;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new StepException(best == null ? notFound(ref, wait)
                            : ref.kind().id() + " '" + ref.id() + "' is registered but could not be obtained (its component does not activate)");
                }
                if (best == null) {
                    tracker.waitForService(Math.max(1, Math.min(left / 1_000_000, 250)));
                } else {
                    Thread.sleep(POLL_MILLIS); // registered but not obtainable yet: its component may still be activating
                }
            }
        } finally {
            tracker.close();
        }
    }

    @Override
    public <T> Lease<T> acquireService(Class<T> type, String path, Duration wait, Runnable onGone) throws StepException, InterruptedException {
        ServiceTracker<T, ServiceReference<T>> tracker = new ServiceTracker<>(context, type.getName(), null) {
            @Override
            public ServiceReference<T> addingService(ServiceReference<T> reference) {
                return reference;
            }
        };
        tracker.open();
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                ServiceReference<T> best = tracker.getServiceReference();
                Lease<T> lease = best == null ? null : lease(best, serviceProvenance(best, type), onGone);
                if (lease != null) {
                    return lease;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new StepException(best == null
                            ? "no " + type.getSimpleName() + " service registered after waiting " + wait.toMillis() / 1000.0 + " s (needed by " + path
                                    + "; is the bundle providing it, e.g. org.matforge.explain, installed and active?)"
                            : "the " + type.getSimpleName() + " service is registered but could not be obtained (its component does not activate)");
                }
                if (best == null) {
                    tracker.waitForService(Math.max(1, Math.min(left / 1_000_000, 250)));
                } else {
                    Thread.sleep(POLL_MILLIS);
                }
            }
        } finally {
            tracker.close();
        }
    }

    private <T> Lease<T> lease(ServiceReference<T> reference, PluginRef ref, Runnable onGone) {
        return lease(reference, provenance(reference, ref), onGone);
    }

    private <T> Lease<T> lease(ServiceReference<T> reference, PluginProvenance provenance, Runnable onGone) {
        ServiceObjects<T> objects = context.getServiceObjects(reference);
        if (objects == null) {
            return null;
        }
        AtomicBoolean gone = new AtomicBoolean();
        ServiceListener listener = event -> {
            if (event.getType() == ServiceEvent.UNREGISTERING && gone.compareAndSet(false, true)) {
                onGone.run();
            }
        };
        try {
            context.addServiceListener(listener, "(" + Constants.SERVICE_ID + "=" + reference.getProperty(Constants.SERVICE_ID) + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        T service = objects.getService();
        if (service == null) {
            context.removeServiceListener(listener);
            return null;
        }
        return new RegistryLease<>(context, objects, service, provenance, listener);
    }

    private List<ServiceReference<?>> matching(PluginRef ref) {
        VersionRange range = ref.version() == null ? null : VersionRange.valueOf(ref.version());
        List<ServiceReference<?>> out = new ArrayList<>();
        for (ServiceReference<?> r : references(ref.kind().serviceInterface(), filter(ref, ref.kind().serviceInterface()).toString())) {
            if (range == null || inRange(r, range)) {
                out.add(r);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <T> ServiceReference<T> bestMatching(PluginRef ref) {
        return (ServiceReference<T>) matching(ref).stream().max(ServiceReference::compareTo).orElse(null);
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
        List<BackendDescription> out = new ArrayList<>();
        for (ServiceReference<?> r : references(ComputeBackend.class.getName(), null)) {
            @SuppressWarnings("unchecked")
            ServiceReference<ComputeBackend> ref = (ServiceReference<ComputeBackend>) r;
            ComputeBackend backend = context.getService(ref);
            if (backend != null) {
                try {
                    out.add(backend.describe());
                } catch (RuntimeException e) {
                    out.add(new BackendDescription("?", "?", 0, "", -1, false, "describe() failed: " + e));
                } finally {
                    context.ungetService(ref);
                }
            }
        }
        return out;
    }

    private Filter filter(PluginRef ref, String objectClass) {
        String f = "(&(" + Constants.OBJECTCLASS + "=" + objectClass + ")(" + PluginProperties.ID + "=" + escape(ref.id()) + ")"
                + (ref.filter() == null ? "" : ref.filter()) + ")";
        try {
            return FrameworkUtil.createFilter(f);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("filter of " + ref.path() + ": " + e.getMessage(), e);
        }
    }

    private ServiceReference<?>[] referenceArray(String clazz, String filter) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(clazz, filter);
            return refs == null ? new ServiceReference<?>[0] : refs;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private List<ServiceReference<?>> references(String clazz, String filter) {
        return Arrays.asList(referenceArray(clazz, filter));
    }

    private static boolean inRange(ServiceReference<?> reference, VersionRange range) {
        Bundle b = reference.getBundle();
        return b != null && range.includes(b.getVersion());
    }

    static PluginProvenance provenance(ServiceReference<?> reference, PluginRef ref) {
        Bundle b = reference.getBundle();
        Map<String, String> properties = new TreeMap<>();
        for (String key : reference.getPropertyKeys()) {
            Object v = reference.getProperty(key);
            properties.put(key, v instanceof Object[] a ? String.join(",", Arrays.stream(a).map(String::valueOf).toList()) : String.valueOf(v));
        }
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        return new PluginProvenance(ref.kind().id(), ref.id(), b == null ? "(unregistered)" : b.getSymbolicName(),
                b == null ? "" : b.getVersion().toString(), serviceId, properties);
    }

    private static PluginProvenance serviceProvenance(ServiceReference<?> reference, Class<?> type) {
        PluginProvenance p = provenance(reference, PluginRef.of(PluginKind.FEATURIZER, type.getSimpleName(), ""));
        return new PluginProvenance("service", type.getSimpleName(), p.bundle(), p.bundleVersion(), p.serviceId(), p.properties());
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }
}
