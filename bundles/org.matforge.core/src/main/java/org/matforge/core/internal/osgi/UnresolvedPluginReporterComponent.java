package org.matforge.core.internal.osgi;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Logs one clear warning when a bundle installed at run time (e.g. dropped into {@code plugins/}) still cannot
 * resolve a moment later, naming what it is missing, and when a bundle's activator has not returned after a few
 * seconds. The runtime keeps running; {@code mf:plugins} lists it too.
 */
@Component(immediate = true, service = {})
public class UnresolvedPluginReporterComponent implements SynchronousBundleListener {
    private static final long SETTLE_MILLIS = 1500;
    private static final long STARTING_MILLIS = 2000;
    private static final long IGNORED_FILES_MILLIS = 5000;

    private final BundleContext context;
    private final PluginDiagnostics diagnostics;
    private final Logger log;
    private final java.util.Set<String> reportedFiles = java.util.concurrent.ConcurrentHashMap.newKeySet();
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
        for (Bundle bundle : context.getBundles()) { // those that came before this component
            int state = bundle.getState();
            if (state == Bundle.INSTALLED || state == Bundle.STARTING) {
                bundleChanged(new BundleEvent(state == Bundle.INSTALLED ? BundleEvent.INSTALLED : BundleEvent.STARTING, bundle));
            }
        }
        timer.scheduleWithFixedDelay(this::checkIgnoredFiles, SETTLE_MILLIS, IGNORED_FILES_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** One warning per jar in a watched folder that is not a bundle (FileInstall skips it without a word). */
    private void checkIgnoredFiles() {
        try {
            for (var p : diagnostics.ignoredFiles()) {
                if (reportedFiles.add(p.bundle() + ": " + p.message())) {
                    log.warn("plug-in file {} {}", p.bundle(), p.message());
                }
            }
        } catch (RuntimeException e) {
            log.debug("cannot check the plug-in folders", e);
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED) {
            Bundle bundle = event.getBundle();
            timer.schedule(() -> check(bundle), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        } else if (event.getType() == BundleEvent.STARTING) {
            Bundle bundle = event.getBundle();
            timer.schedule(() -> checkStarted(bundle), STARTING_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * One warning for a bundle whose activator has not returned after {@link #STARTING_MILLIS}. The thread stuck in
     * it (FileInstall's) would start the plug-ins installed with it only afterwards, so they are started here, each on
     * a thread of its own.
     */
    private void checkStarted(Bundle bundle) {
        try {
            PluginDiagnostics.notStarted(bundle).filter(p -> p.message().equals(PluginDiagnostics.STUCK_STARTING))
                    .ifPresent(p -> {
                        log.warn("plug-in {} {} {} (after {} s)", p.bundle(), p.bundleVersion(), p.message(), STARTING_MILLIS / 1000);
                        startWaitingPlugins();
                    });
        } catch (IllegalStateException uninstalledMeanwhile) {
            // nothing to report
        }
    }

    private void startWaitingPlugins() {
        // FileInstall resolves a plug-in only when it starts it, so those queued behind the stuck one may not be resolved yet
        List<Bundle> unresolved = Arrays.stream(context.getBundles()).filter(PluginDiagnostics::waitingToResolve).toList();
        if (!unresolved.isEmpty()) {
            context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(unresolved);
        }
        for (Bundle waiting : context.getBundles()) {
            if (!PluginDiagnostics.waitingToStart(waiting)) {
                continue;
            }
            Thread starter = new Thread(() -> {
                try {
                    waiting.start();
                } catch (org.osgi.framework.BundleException | IllegalStateException | SecurityException e) {
                    log.warn("plug-in {} {} did not start", waiting.getSymbolicName(), waiting.getVersion(), e);
                }
            }, "matforge-plugin-start-" + waiting.getBundleId());
            starter.setDaemon(true);
            starter.start();
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
