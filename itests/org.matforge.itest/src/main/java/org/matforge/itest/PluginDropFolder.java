package org.matforge.itest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.BundleContext;

/** The folder FileInstall watches in the test framework, and ways to put plug-in jars into it. */
final class PluginDropFolder {
    private final Path folder;

    PluginDropFolder(BundleContext context) throws IOException {
        String dirs = context.getProperty("felix.fileinstall.dir");
        this.folder = Path.of(dirs.split(",")[0]).toAbsolutePath();
        Files.createDirectories(folder);
    }

    /** Copies the test plug-in bundle (a fixture inside this test bundle) into the folder. */
    Path dropTestPlugin(String fileName) throws IOException {
        Path target = folder.resolve(fileName);
        try (InputStream in = PluginDropFolder.class.getResourceAsStream("/fixtures/test-plugin.jar")) {
            if (in == null) {
                throw new IllegalStateException("fixture fixtures/test-plugin.jar missing from the test bundle");
            }
            Path partial = folder.resolve(fileName + ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    /** Writes a bundle that imports a package nobody exports, so it can never resolve. */
    Path dropUnresolvableBundle(String symbolicName, String missingPackage) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", missingPackage);
        Path partial = folder.resolve(symbolicName + ".part");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(partial), manifest)) {
            jar.flush();
        }
        Path target = folder.resolve(symbolicName + ".jar");
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
