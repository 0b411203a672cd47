package org.matforge.orchestrator.internal.osgi;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the JVM is exiting, read from the thread that asked it to: a signal (the JVM's and MatForge's signal handlers
 * run in a thread named "SIGTERM handler", "SIGINT handler", …) cancels runs; a {@code System.exit} from code —
 * e.g. a plug-in — interrupts them, naming the caller.
 *
 * @param reason in words, e.g. "the runtime received SIGTERM"
 * @param cancel whether runs end as CANCELLED (a signal) rather than INTERRUPTED
 */
record ShutdownCause(String reason, boolean cancel) {
    private static final Pattern SIGNAL_THREAD = Pattern.compile("SIG([A-Z]+) handler");

    /** @return the cause when a thread is inside {@code Runtime.exit} (the JVM runs its shutdown hooks), else empty */
    static Optional<ShutdownCause> ofJvmExit() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            Optional<ShutdownCause> cause = of(thread.getKey().getName(), thread.getValue());
            if (cause.isPresent()) {
                return cause;
            }
        }
        return Optional.empty();
    }

    /** @return the cause when the stack (innermost frame first) is inside {@code Runtime.exit} */
    static Optional<ShutdownCause> of(String threadName, StackTraceElement[] stack) {
        int exit = -1;
        for (int i = 0; i < stack.length; i++) {
            if (stack[i].getClassName().equals("java.lang.Runtime") && stack[i].getMethodName().equals("exit")) {
                exit = i;
            }
        }
        if (exit < 0) {
            return Optional.empty();
        }
        Matcher signal = SIGNAL_THREAD.matcher(threadName);
        if (signal.matches()) {
            return Optional.of(new ShutdownCause("the runtime received SIG" + signal.group(1), true));
        }
        int caller = exit + 1;
        while (caller < stack.length && stack[caller].getClassName().equals("java.lang.System")) {
            caller++;
        }
        String who = caller < stack.length ? stack[caller].getClassName() + "." + stack[caller].getMethodName() : "unknown code";
        return Optional.of(new ShutdownCause("the runtime was asked to exit (System.exit called by " + who
                + " in thread '" + threadName + "')", false));
    }
}
