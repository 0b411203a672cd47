package org.matforge.core.internal.osgi;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Logs one clear warning when a bundle installed at run time (e.g. dropped into {@code plugins/}) still cannot
 * resolve a moment later, naming what it is missing. The runtime keeps running; {@code mf:plugins} lists it too.
 */
@Component(immediate = true, service = {})
public class UnresolvedPluginReporterComponent implements SynchronousBundleListener {
    private static final long SETTLE_MILLIS = 1500;

    private final BundleContext context;
    private final PluginDiagnostics diagnostics;
    private final Logger log;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "matforge-plugin-check");
        t.setDaemon(true);
        return t;
    });

    /** Starts listening for bundle installs. */
    @Activate
    public UnresolvedPluginReporterComponent(BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.diagnostics = new PluginDiagnostics(context, scr);
        this.log = log;
        context.addBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED) {
            Bundle bundle = event.getBundle();
            timer.schedule(() -> check(bundle), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void check(Bundle bundle) {
        try {
            if (bundle.getState() == Bundle.INSTALLED) {
                diagnostics.unresolved(bundle).ifPresent(p -> log.warn("plug-in {} {} {}", p.bundle(), p.bundleVersion(), p.message()));
            }
        } catch (IllegalStateException uninstalledMeanwhile) {
            // nothing to report
        }
    }

    /** Stops listening. */
    @Deactivate
    public void deactivate() {
        context.removeBundleListener(this);
        timer.shutdownNow();
    }
}
