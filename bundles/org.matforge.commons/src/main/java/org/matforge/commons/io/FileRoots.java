package org.matforge.commons.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The folders MatForge may read and write files in, and the one check every file a command or a workflow names
 * goes through: the path is resolved (relative to the working folder, {@code ..} and symbolic links followed) and
 * must then lie inside one of the roots.
 * <p>
 * The process-wide roots are the working folder, {@code matforge.home} and the folders listed in the system property
 * {@code matforge.roots} (separated by {@link File#pathSeparator}; the launcher fills it from {@code MATFORGE_ROOTS}
 * and {@code --root} options). They live in system properties rather than in a static field because every bundle
 * embeds its own copy of this class.
 */
public final class FileRoots {
    /** System property listing extra allowed folders, separated by {@link File#pathSeparator}. */
    public static final String ROOTS_PROPERTY = "matforge.roots";
    /** System property naming MatForge's home folder (plug-ins, configuration), always allowed. */
    public static final String HOME_PROPERTY = "matforge.home";

    private final List<Path> roots;

    private FileRoots(Collection<Path> roots) {
        Set<Path> real = new LinkedHashSet<>();
        for (Path root : roots) {
            real.add(realOrNormal(root.toAbsolutePath()));
        }
        this.roots = List.copyOf(real);
    }

    /** @return the process-wide roots as they are now: the working folder, {@code matforge.home}, {@code matforge.roots} */
    public static FileRoots current() {
        List<Path> roots = new ArrayList<>();
        roots.add(Path.of(System.getProperty("user.dir", ".")));
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            roots.add(Path.of(home));
        }
        for (String extra : System.getProperty(ROOTS_PROPERTY, "").split(File.pathSeparator)) {
            if (!extra.isBlank()) {
                roots.add(Path.of(extra.trim()));
            }
        }
        return new FileRoots(roots);
    }

    /** @return exactly these roots (for a server's configured folders and for tests) */
    public static FileRoots of(Collection<Path> roots) {
        return new FileRoots(roots);
    }

    /** Adds a folder to the process-wide roots, e.g. the folder of a workflow file named on the command line. */
    public static void allow(Path folder) {
        synchronized (System.getProperties()) {
            String now = System.getProperty(ROOTS_PROPERTY, "");
            String added = folder.toAbsolutePath().normalize().toString();
            System.setProperty(ROOTS_PROPERTY, now.isBlank() ? added : now + File.pathSeparator + added);
        }
    }

    /** @return these roots and {@code folder} */
    public FileRoots with(Path folder) {
        List<Path> more = new ArrayList<>(roots);
        more.add(folder);
        return new FileRoots(more);
    }

    /** @return the allowed folders, resolved */
    public List<Path> roots() {
        return roots;
    }

    /**
     * @param path a file to read, as the user gave it
     * @param what what the file is for, e.g. "input file" or "steps[0].path"
     * @return the file's real path
     * @throws FileAccessException when it does not exist, is a folder, or lies outside every root
     */
    public Path readable(Path path, String what) throws FileAccessException {
        Path absolute = path.toAbsolutePath();
        if (!Files.exists(absolute)) {
            throw new FileAccessException(path, what + ": no file " + path);
        }
        Path real = realOrNormal(absolute);
        if (Files.isDirectory(real)) {
            throw new FileAccessException(path, what + ": " + path + " is a folder, not a file");
        }
        return inside(path, real, what, "read");
    }

    /**
     * @param path a file to write (it need not exist), as the user gave it
     * @param what what the file is for, e.g. "output file"
     * @return the real path to write: the real folder it goes into and its name (an existing link is followed)
     * @throws FileAccessException when its folder does not exist, it is a folder, or it lies outside every root
     */
    public Path writable(Path path, String what) throws FileAccessException {
        Path absolute = path.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new FileAccessException(path, what + ": no folder " + (parent == null ? path : parent) + " to write " + path.getFileName() + " into");
        }
        Path real = realOrNormal(parent).resolve(absolute.getFileName());
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            try {
                real = absolute.toRealPath();
            } catch (IOException brokenLink) {
                throw new FileAccessException(path, what + ": " + path + " is a link to a missing file");
            }
        }
        if (Files.isDirectory(real)) {
            throw new FileAccessException(path, what + ": " + path + " is a folder, not a file");
        }
        return inside(path, real, what, "write");
    }

    /**
     * @param path a folder to read files from or create files in (it need not exist yet), as the user gave it
     * @param what what the folder is for, e.g. "parameter 'cacheFolder'"
     * @return its real path: the real path of the nearest existing folder on it, and the rest
     * @throws FileAccessException when it lies outside every root
     */
    public Path folder(Path path, String what) throws FileAccessException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        Path real = realOrNormal(existing).resolve(existing.relativize(absolute)).normalize();
        return inside(path, real, what, "use");
    }

    private Path inside(Path given, Path real, String what, String verb) throws FileAccessException {
        for (Path root : roots) {
            if (real.startsWith(root)) {
                return real;
            }
        }
        throw new FileAccessException(given, what + ": " + given + " is outside the folders MatForge may " + verb + " ("
                + roots.stream().map(Path::toString).collect(Collectors.joining(", "))
                + "); allow its folder with --root or MATFORGE_ROOTS");
    }

    private static Path realOrNormal(Path absolute) {
        try {
            return absolute.toRealPath();
        } catch (IOException missing) {
            return absolute.normalize();
        }
    }
}
