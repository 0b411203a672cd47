package org.matforge.shell.internal.osgi;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import sun.misc.Signal;

/**
 * Makes every way out of the runtime bounded: a JVM shutdown hook (System.exit, SIGTERM, Ctrl-C) arms the
 * {@link ShutdownWatchdog}; a second Ctrl-C or SIGTERM while the runtime stops (e.g. while a run is being
 * cancelled) exits at once.
 */
@Component(immediate = true, service = {})
public class BoundedShutdownComponent {
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    private static final AtomicBoolean SIGNALLED = new AtomicBoolean();

    /** Installs the hook and the signal handlers, once per process. */
    @Activate
    public BoundedShutdownComponent(BundleContext context) {
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        ShutdownWatchdog.prepare(context);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ShutdownWatchdog.arm(context, 1), "matforge-shutdown-guard"));
        handle("INT", 130);
        handle("TERM", 143);
    }

    private static void handle(String name, int status) {
        try {
            Signal.handle(new Signal(name), signal -> {
                if (SIGNALLED.compareAndSet(false, true)) {
                    new PrintStream(new FileOutputStream(FileDescriptor.err), true).println("matforge: SIG" + name
                            + " received: cancelling active runs and stopping (Ctrl-C again exits at once)");
                    new Thread(() -> System.exit(status), "SIG" + name + " handler").start();
                } else {
                    new PrintStream(new FileOutputStream(FileDescriptor.err), true)
                            .println("matforge: SIG" + name + " again: exiting now without waiting for runs to end");
                    Runtime.getRuntime().halt(status);
                }
            });
        } catch (IllegalArgumentException unavailable) {
            // the JVM runs with -Xrs or the signal is in use: its default handling stays
        }
    }
}
