package org.matforge.core.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void tellsJarsThatAreNotBundles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.util.jar.Manifest bundle = new java.util.jar.Manifest();
        bundle.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        bundle.getMainAttributes().putValue("Bundle-SymbolicName", "lab.plugin");
        java.util.jar.Manifest library = new java.util.jar.Manifest();
        library.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        java.nio.file.Path broken = java.nio.file.Files.writeString(dir.resolve("broken.jar"), "not a zip");

        assertEquals(java.util.Optional.empty(), PluginDiagnostics.notABundle(jar(dir.resolve("plugin.jar"), bundle)));
        assertEquals(java.util.Optional.of("not a bundle: its manifest has no Bundle-SymbolicName; ignored"),
                PluginDiagnostics.notABundle(jar(dir.resolve("library.jar"), library)));
        assertEquals(java.util.Optional.of("not a bundle: its manifest has no Bundle-SymbolicName; ignored"),
                PluginDiagnostics.notABundle(jar(dir.resolve("plain.jar"), null)));
        assertTrue(PluginDiagnostics.notABundle(broken).orElseThrow().startsWith("not a bundle: not a readable jar ("));
    }

    private static java.nio.file.Path jar(java.nio.file.Path file, java.util.jar.Manifest manifest) throws java.io.IOException {
        try (var out = manifest == null ? new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(file))
                : new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(file), manifest)) {
            out.putNextEntry(new java.util.jar.JarEntry("readme.txt"));
            out.write(1);
            out.closeEntry();
        }
        return file;
    }

    @Test
    void fallsBackToTheFirstLineAndShortensLongMessages() {
        assertEquals("java.lang.Error: boom", PluginDiagnostics.rootCause("java.lang.Error: boom\n\tat x.y(Z.java:1)"));
        assertEquals("(no reason given)", PluginDiagnostics.rootCause(null));
        assertEquals(300, PluginDiagnostics.rootCause("x".repeat(1000)).length());
    }
}
