package org.matforge.shell.internal.osgi;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Bounds how long the runtime may take to stop: once armed, a daemon thread halts the JVM with a one-line message
 * if it is still alive after the time limit — e.g. when a plug-in's activator never returns and the framework waits
 * for it forever. Framework property {@code matforge.shutdown.timeout} (seconds, default 20).
 */
final class ShutdownWatchdog {
    static final String TIMEOUT_PROPERTY = "matforge.shutdown.timeout";
    private static final int DEFAULT_SECONDS = 20;
    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static Thread watchdog;
    private static volatile int exitStatus = 1;

    private ShutdownWatchdog() {
    }

    /**
     * Creates the watchdog thread and runs its code once, so that nothing is left to load when it runs: it may run
     * after the framework has invalidated this bundle's class loader.
     */
    static synchronized void prepare(BundleContext context) {
        if (watchdog != null) {
            return;
        }
        int seconds = timeoutSeconds(context);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        String stuckAtStart = stuckBundles(context);
        watchdog = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(seconds);
            } catch (InterruptedException e) {
                return;
            }
            String stuck = stuckBundles(context);
            err.println("matforge: the runtime did not stop within " + seconds + " s" + (stuck.isEmpty() ? stuckAtStart : stuck)
                    + "; exiting now");
            Runtime.getRuntime().halt(exitStatus);
        }, "matforge-shutdown-watchdog");
        watchdog.setDaemon(true);
    }

    /** Starts the countdown (once per process); the JVM is halted with {@code status} when it runs out. */
    static void arm(BundleContext context, int status) {
        prepare(context);
        if (ARMED.compareAndSet(false, true)) {
            exitStatus = status;
            watchdog.start();
        }
    }

    /** @return ", waiting for …" naming the bundles still starting or stopping, or empty */
    static String stuckBundles(BundleContext context) {
        try {
            String names = Arrays.stream(context.getBundles())
                    .filter(b -> b.getBundleId() != 0)
                    .filter(b -> b.getState() == Bundle.STOPPING || b.getState() == Bundle.STARTING && !lazy(b))
                    .map(b -> b.getSymbolicName() + " " + b.getVersion() + (b.getState() == Bundle.STARTING ? " (starting)" : " (stopping)"))
                    .collect(Collectors.joining(", "));
            return names.isEmpty() ? "" : ", waiting for plug-in " + names;
        } catch (IllegalStateException frameworkGone) {
            return "";
        }
    }

    private static boolean lazy(Bundle bundle) {
        String policy = bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY);
        return policy != null && policy.trim().startsWith(Constants.ACTIVATION_LAZY);
    }

    private static int timeoutSeconds(BundleContext context) {
        try {
            String value = context.getProperty(TIMEOUT_PROPERTY);
            return value == null || value.isBlank() ? DEFAULT_SECONDS : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException | IllegalStateException e) {
            return DEFAULT_SECONDS;
        }
    }
}
