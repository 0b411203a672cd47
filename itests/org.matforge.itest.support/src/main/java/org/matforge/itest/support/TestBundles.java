package org.matforge.itest.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds bundle jars in memory for tests: a manifest and entries, nothing else. */
public final class TestBundles {
    private TestBundles() {
    }

    /**
     * @param symbolicName the bundle's symbolic name
     * @param version      its version
     * @param headers      further manifest headers, in order
     * @param entries      path in the jar → content, in order
     * @return the jar's bytes
     */
    public static byte[] jar(String symbolicName, String version, Map<String, String> headers, Map<String, byte[]> entries)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        headers.forEach(main::putValue);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
