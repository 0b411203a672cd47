package org.matforge.orchestrator.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ShutdownCauseTest {

    private static StackTraceElement frame(String type, String method) {
        return new StackTraceElement(type, method, null, -1);
    }

    @Test
    void aSignalHandlerThreadCancelsWithTheSignalsName() {
        StackTraceElement[] stack = {frame("java.lang.Thread", "join"), frame("java.lang.Shutdown", "exit"),
                frame("java.lang.Runtime", "exit"), frame("java.lang.Terminator$1", "handle"), frame("jdk.internal.misc.Signal$1", "run")};
        assertEquals(Optional.of(new ShutdownCause("the runtime received SIGTERM", true)), ShutdownCause.of("SIGTERM handler", stack));
    }

    @Test
    void anExitCallInterruptsNamingItsCaller() {
        StackTraceElement[] stack = {frame("java.lang.Thread", "join"), frame("java.lang.Shutdown", "exit"),
                frame("java.lang.Runtime", "exit"), frame("java.lang.System", "exit"), frame("org.example.Bad", "featurize"),
                frame("org.matforge.orchestrator.internal.engine.DataSteps", "featurize")};
        ShutdownCause cause = ShutdownCause.of("matforge-run-1", stack).orElseThrow();
        assertEquals(false, cause.cancel());
        assertEquals("the runtime was asked to exit (System.exit called by org.example.Bad.featurize in thread 'matforge-run-1')", cause.reason());
    }

    @Test
    void noThreadInsideRuntimeExitMeansNoExit() {
        assertEquals(Optional.empty(), ShutdownCause.of("main", new StackTraceElement[] {frame("java.lang.Thread", "sleep")}));
        assertTrue(ShutdownCause.ofJvmExit().isEmpty(), "this JVM is not exiting");
    }
}
