package org.matforge.testkit.osgi.probe;

import java.util.Hashtable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Activator of the probe bundle the harness drops into {@code plugins/} next to the plug-in under test: registers the
 * Gogo command {@code mftest:describe}, which the launcher's one-shot mode runs once the framework has settled.
 */
public final class DescribeActivator implements BundleActivator {
    /** Gogo scope of the probe's command. */
    public static final String SCOPE = "mftest";
    /** Gogo function of the probe's command. */
    public static final String FUNCTION = "describe";

    private ServiceRegistration<DescribeCommand> registration;

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.command.scope", SCOPE);
        properties.put("osgi.command.function", new String[] {FUNCTION});
        registration = context.registerService(DescribeCommand.class, new DescribeCommand(context), properties);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
    }
}
