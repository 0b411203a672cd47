package org.matforge.core.internal.osgi;

import java.util.concurrent.atomic.AtomicBoolean;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginLease;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;

/** A service obtained through {@link ServiceObjects} and watched for its unregistration; released (and no longer watched) on close. */
final class RegistryLease<T> implements PluginLease<T> {
    private final BundleContext context;
    private final ServiceObjects<T> objects;
    private final T service;
    private final PluginDescriptor descriptor;
    private final ServiceListener listener;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RegistryLease(BundleContext context, ServiceObjects<T> objects, T service, PluginDescriptor descriptor, ServiceListener listener) {
        this.context = context;
        this.objects = objects;
        this.service = service;
        this.descriptor = descriptor;
        this.listener = listener;
    }

    /**
     * @param onGone called once if the service is unregistered while leased
     * @return the lease, or null when the service cannot be obtained (gone, or its component does not activate)
     */
    static <T> RegistryLease<T> obtain(BundleContext context, ServiceReference<T> reference, PluginDescriptor descriptor, Runnable onGone) {
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
            context.addServiceListener(listener, "(" + Constants.SERVICE_ID + "=" + descriptor.serviceId() + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        T service = objects.getService();
        if (service == null) {
            context.removeServiceListener(listener);
            return null;
        }
        return new RegistryLease<>(context, objects, service, descriptor, listener);
    }

    @Override
    public T service() {
        return service;
    }

    @Override
    public PluginDescriptor descriptor() {
        return descriptor;
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
