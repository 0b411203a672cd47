package org.matforge.server.internal.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.matforge.commons.io.AtomicFiles;

/**
 * The plug-in folder FileInstall watches: jars are written into it atomically (a half-written jar is never seen) and
 * removed from it; FileInstall installs, updates and uninstalls the bundles.
 */
public final class BundleFolder {
    /** A jar in the folder and what its manifest says. */
    public record Jar(String name, String symbolicName, String version, Path path) {
    }

    /** Names a jar may have: letters, digits, dots, dashes, underscores, ending in .jar. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.jar");

    private final Path folder;

    public BundleFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** @return the jars in the folder, by name */
    public List<Jar> list() throws IOException {
        List<Jar> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                Optional<Manifest> m = manifest(Files.readAllBytes(jar));
                out.add(new Jar(jar.getFileName().toString(), m.map(x -> header(x, "Bundle-SymbolicName")).orElse(""),
                        m.map(x -> header(x, "Bundle-Version")).orElse(""), jar));
            }
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    /**
     * Writes a bundle jar atomically.
     *
     * @return true when it replaced a jar of that name
     */
    public boolean put(String name, byte[] jar) throws ApiException, IOException {
        Path target = target(name);
        Optional<Manifest> m = manifest(jar);
        if (m.isEmpty() || header(m.get(), "Bundle-SymbolicName").isEmpty()) {
            throw new ApiException(400, "not_a_bundle", name + " is not an OSGi bundle: no jar manifest with a Bundle-SymbolicName");
        }
        boolean existed = Files.exists(target);
        Files.createDirectories(folder);
        AtomicFiles.write(target, out -> out.write(jar));
        return existed;
    }

    /** @return whether a jar of that name was there and is now removed */
    public boolean remove(String name) throws ApiException, IOException {
        return Files.deleteIfExists(target(name));
    }

    /** @return the jar's path in the folder */
    public Path target(String name) throws ApiException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ApiException(400, "bad_name", "a bundle file name is letters, digits, '.', '-', '_' ending in .jar");
        }
        return folder.resolve(name);
    }

    /** @return the symbolic name in a jar's manifest (attributes after ';' dropped) */
    public static String header(Manifest m, String name) {
        String v = m.getMainAttributes().getValue(name);
        if (v == null) {
            return "";
        }
        int semi = v.indexOf(';');
        return (semi < 0 ? v : v.substring(0, semi)).trim();
    }

    static Optional<Manifest> manifest(byte[] jar) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            return Optional.ofNullable(in.getManifest());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
