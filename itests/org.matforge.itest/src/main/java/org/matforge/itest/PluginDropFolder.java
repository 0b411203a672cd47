package org.matforge.itest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.matforge.itest.support.TestBundles;

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
        Path partial = folder.resolve(symbolicName + ".part");
        Files.write(partial, TestBundles.jar(symbolicName, "1.0.0", Map.of("Import-Package", missingPackage), Map.of()));
        Path target = folder.resolve(symbolicName + ".jar");
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
