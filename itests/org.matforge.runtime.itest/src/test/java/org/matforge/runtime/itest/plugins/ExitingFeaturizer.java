package org.matforge.runtime.itest.plugins;

import java.util.Hashtable;
import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.spi.featurizer.Featurizer;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** A featurizer plug-in (registered by its activator, id {@code exit-now}) that ends the JVM when it is used. */
public class ExitingFeaturizer implements Featurizer, BundleActivator {

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("matforge.id", "exit-now");
        props.put("matforge.name", "Exits the JVM");
        context.registerService(Featurizer.class, this, props);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }

    @Override
    public List<String> labels() {
        return List.of("never");
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        System.exit(3);
    }
}
