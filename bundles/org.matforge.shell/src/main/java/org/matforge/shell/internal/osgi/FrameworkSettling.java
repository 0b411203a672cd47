package org.matforge.shell.internal.osgi;

import java.util.concurrent.atomic.AtomicLong;

import org.matforge.api.plugin.PluginRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;

/**
 * Waits until no bundle or service event has happened for a quiet period (plug-ins from {@code plugins/} installed,
 * components activated) and the {@link PluginRegistry} says it has taken in what started (model files are read
 * without events, for seconds), or until a deadline, so a one-shot command sees the runtime as it will be.
 */
final class FrameworkSettling {
    private final BundleContext context;
    private final AtomicLong lastEvent = new AtomicLong(System.nanoTime());

    FrameworkSettling(BundleContext context) {
        this.context = context;
    }

    /** @return whether the framework settled before the deadline */
    boolean await(long quietNanos, long maxNanos) throws InterruptedException {
        BundleListener bundles = e -> lastEvent.set(System.nanoTime());
        ServiceListener services = e -> lastEvent.set(System.nanoTime());
        context.addBundleListener(bundles);
        context.addServiceListener(services);
        try {
            long deadline = System.nanoTime() + maxNanos;
            while (System.nanoTime() < deadline && (System.nanoTime() - lastEvent.get() < quietNanos || !registrySettled())) {
                Thread.sleep(50);
            }
            return System.nanoTime() < deadline;
        } finally {
            context.removeBundleListener(bundles);
            context.removeServiceListener(services);
        }
    }

    private boolean registrySettled() {
        ServiceReference<PluginRegistry> ref = context.getServiceReference(PluginRegistry.class);
        PluginRegistry registry = ref == null ? null : context.getService(ref);
        if (registry == null) {
            return true;
        }
        try {
            return registry.settled();
        } finally {
            context.ungetService(ref);
        }
    }
}
