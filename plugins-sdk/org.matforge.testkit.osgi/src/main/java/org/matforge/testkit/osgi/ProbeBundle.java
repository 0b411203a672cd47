package org.matforge.testkit.osgi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The probe bundle (package {@code probe}, its classes copied from this jar) that lets the harness read the registry.
 * The classes are named, not loaded: they need the OSGi framework API, which only the runtime has.
 */
final class ProbeBundle {
    private static final String PACKAGE = "org.matforge.testkit.osgi.probe";
    private static final List<String> CLASSES = List.of("DescribeActivator", "DescribeCommand", "RegistryText");

    private ProbeBundle() {
    }

    static byte[] bytes() throws IOException {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.matforge.testkit.osgi.probe");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", PACKAGE + ".DescribeActivator");
        a.putValue("Import-Package", "org.osgi.framework;version=\"[1.8,2)\",org.matforge.api.plugin;version=\"[1.3,2)\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (String type : CLASSES) {
                String entry = (PACKAGE + "." + type).replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(entry));
                try (InputStream in = ProbeBundle.class.getClassLoader().getResourceAsStream(entry)) {
                    if (in == null) {
                        throw new IOException("probe class " + entry + " is missing from the harness jar");
                    }
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
