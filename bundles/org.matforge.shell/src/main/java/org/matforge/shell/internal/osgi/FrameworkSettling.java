package org.matforge.shell.internal.osgi;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.matforge.api.plugin.PluginRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * Waits until no bundle or service event has happened for a quiet period (plug-ins from {@code plugins/} installed,
 * components activated — a plug-in whose activator never returns sends no more events, so it cannot hold this up),
 * every bundle jar in the watched folders is installed, and the {@link PluginRegistry} says it has taken in what
 * started (model files are read without events, for seconds), or until a deadline, so a one-shot command sees the runtime as it will be.
 */
final class FrameworkSettling {
    private final BundleContext context;
    /** A little longer than the core waits before it deems a starting plug-in stuck and starts those queued behind it. */
    private static final long STUCK_WAIT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(4);
    private final AtomicLong lastEvent = new AtomicLong(System.nanoTime());
    private long startingSince;

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
            while (System.nanoTime() < deadline
                    && (System.nanoTime() - lastEvent.get() < quietNanos || !registrySettled() || !pluginFoldersTakenIn() || pluginsWaitBehindAStuckOne())) {
                Thread.sleep(50);
            }
            return System.nanoTime() < deadline;
        } finally {
            context.removeBundleListener(bundles);
            context.removeServiceListener(services);
        }
    }

    /**
     * @return whether FileInstall has installed every bundle jar in the folders it watches ({@code felix.fileinstall.dir});
     *         it picks a new file up only once it is unchanged over two polls, a moment after the framework started
     */
    private boolean pluginFoldersTakenIn() {
        String dirs = context.getProperty("felix.fileinstall.dir");
        if (dirs == null || dirs.isBlank()) {
            return true;
        }
        Set<Path> installed = new HashSet<>();
        for (Bundle bundle : context.getBundles()) {
            installedPath(bundle.getLocation()).ifPresent(installed::add);
        }
        for (String dir : dirs.split(",")) {
            try (Stream<Path> files = Files.list(Path.of(dir.trim()))) {
                if (files.filter(FrameworkSettling::isBundleJar).anyMatch(jar -> !installed.contains(jar.toAbsolutePath().normalize()))) {
                    return false;
                }
            } catch (IOException | RuntimeException unreadable) {
                // FileInstall cannot take anything in from it either
            }
        }
        return true;
    }

    /**
     * @return whether a plug-in's activator is still running while other plug-ins installed from files wait to be
     *         started (FileInstall starts them one after the other); the core starts those once it deems it stuck
     */
    private boolean pluginsWaitBehindAStuckOne() {
        Bundle[] bundles = context.getBundles();
        boolean starting = Arrays.stream(bundles).anyMatch(b -> b.getState() == Bundle.STARTING
                && !String.valueOf(b.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY)).trim().startsWith(Constants.ACTIVATION_LAZY));
        if (!starting) {
            startingSince = 0;
            return false;
        }
        if (startingSince == 0) {
            startingSince = System.nanoTime();
        }
        // Plug-ins queued behind it may still be unresolved: wait until the core has deemed it stuck and started them.
        boolean queued = Arrays.stream(bundles).anyMatch(b -> b.getBundleId() != 0 && b.getLocation().startsWith("file:")
                && b.getHeaders("").get(Constants.FRAGMENT_HOST) == null && !b.adapt(BundleStartLevel.class).isPersistentlyStarted()
                && (b.getState() == Bundle.RESOLVED || b.getState() == Bundle.INSTALLED && System.nanoTime() - startingSince < STUCK_WAIT_NANOS));
        return queued;
    }

    private static Optional<Path> installedPath(String location) {
        try {
            return location.startsWith("file:") ? Optional.of(Path.of(URI.create(location)).toAbsolutePath().normalize()) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
            return Optional.empty();
        }
    }

    /** @return whether the file is a jar with a Bundle-SymbolicName (FileInstall ignores other jars) */
    private static boolean isBundleJar(Path file) {
        if (!file.getFileName().toString().endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
        } catch (IOException unreadable) {
            return false;
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
