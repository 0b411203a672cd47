package org.matforge.core.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluginDiagnosticsTest {

    @Test
    void reportsTheInnermostCauseOfAnActivationFailure() {
        String trace = """
                java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)
                Caused by: java.lang.RuntimeException: wrapped
                \tat lab.Featurizer.<init>(Featurizer.java:12)
                Caused by: java.lang.IllegalStateException: element table missing
                \tat lab.Table.load(Table.java:3)
                """;
        assertEquals("java.lang.IllegalStateException: element table missing", PluginDiagnostics.rootCause(trace));
    }

    @Test
    void fallsBackToTheFirstLineAndShortensLongMessages() {
        assertEquals("java.lang.Error: boom", PluginDiagnostics.rootCause("java.lang.Error: boom\n\tat x.y(Z.java:1)"));
        assertEquals("(no reason given)", PluginDiagnostics.rootCause(null));
        assertEquals(300, PluginDiagnostics.rootCause("x".repeat(1000)).length());
    }
}
