package org.matforge.runtime.itest.plugins;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** A plug-in whose activator never returns, not even when interrupted, as a deadlocked lab plug-in would. */
public class BlockingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // keeps blocking
            }
        }
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
