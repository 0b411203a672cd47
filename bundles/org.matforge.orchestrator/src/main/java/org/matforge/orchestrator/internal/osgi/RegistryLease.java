package org.matforge.orchestrator.internal.osgi;

import java.util.concurrent.atomic.AtomicBoolean;

import org.matforge.orchestrator.internal.engine.Lease;
import org.matforge.orchestrator.internal.engine.PluginProvenance;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceObjects;

/** A service obtained through {@link ServiceObjects}, released (and no longer watched) on close. */
final class RegistryLease<T> implements Lease<T> {
    private final BundleContext context;
    private final ServiceObjects<T> objects;
    private final T service;
    private final PluginProvenance provenance;
    private final ServiceListener listener;
    private final AtomicBoolean closed = new AtomicBoolean();

    RegistryLease(BundleContext context, ServiceObjects<T> objects, T service, PluginProvenance provenance, ServiceListener listener) {
        this.context = context;
        this.objects = objects;
        this.service = service;
        this.provenance = provenance;
        this.listener = listener;
    }

    @Override
    public T service() {
        return service;
    }

    @Override
    public PluginProvenance provenance() {
        return provenance;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            context.removeServiceListener(listener);
            objects.ungetService(service);
        } catch (IllegalStateException | IllegalArgumentException alreadyGone) {
            // the service, its bundle or our own bundle stopped: nothing left to release
        }
    }
}
