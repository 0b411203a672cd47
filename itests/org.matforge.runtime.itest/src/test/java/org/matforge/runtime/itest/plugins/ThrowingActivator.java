package org.matforge.runtime.itest.plugins;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** A plug-in whose activator throws. */
public class ThrowingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("throwing activator: licence file missing (deliberate test failure)");
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
