package org.matforge.shell.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;

/**
 * Waits until no bundle or service event has happened for a quiet period (plug-ins from {@code plugins/} installed,
 * components activated), or until a deadline, so a one-shot command sees the runtime as it will be.
 */
final class FrameworkSettling {
    private final BundleContext context;
    private final AtomicLong lastEvent = new AtomicLong(System.nanoTime());

    FrameworkSettling(BundleContext context) {
        this.context = context;
    }

    void await(long quietNanos, long maxNanos) throws InterruptedException {
        BundleListener bundles = e -> lastEvent.set(System.nanoTime());
        ServiceListener services = e -> lastEvent.set(System.nanoTime());
        context.addBundleListener(bundles);
        context.addServiceListener(services);
        try {
            long deadline = System.nanoTime() + maxNanos;
            while (System.nanoTime() < deadline && System.nanoTime() - lastEvent.get() < quietNanos) {
                Thread.sleep(50);
            }
        } finally {
            context.removeBundleListener(bundles);
            context.removeServiceListener(services);
        }
    }
}
