package org.matforge.server.internal.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files of a run's folder as downloadable artefacts: names are paths relative to the folder ({@code report.html},
 * {@code models/gap.mfm}); a name with {@code ..}, an absolute path, or a link leading out of the folder is refused.
 */
public final class ArtefactFiles {
    /** One artefact. */
    public record Artefact(String name, long size, String mediaType) {
    }

    /** Files of the store's bookkeeping that are not results. */
    private static final Set<String> HIDDEN = Set.of("cancel.request");

    private ArtefactFiles() {
    }

    /**
     * @return the regular files under the run folder (two levels deep), by name; files that vanish while it looks
     *         (a status being replaced atomically) and the temporary {@code *.tmp} files of such writes are left out
     */
    public static List<Artefact> list(Path runDir) throws IOException {
        List<Artefact> out = new ArrayList<>();
        if (!Files.isDirectory(runDir)) {
            return out;
        }
        Files.walkFileTree(runDir, Set.of(), 3, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String file = f.getFileName().toString();
                if (attrs.isRegularFile() && !HIDDEN.contains(file) && !file.startsWith(".") && !file.endsWith(".tmp")) {
                    String name = runDir.relativize(f).toString().replace('\\', '/');
                    out.add(new Artefact(name, attrs.size(), mediaType(name)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                return FileVisitResult.CONTINUE; // gone meanwhile
            }
        });
        out.sort(Comparator.comparing(Artefact::name));
        return out;
    }

    /** @return the file of artefact {@code name} in the run folder */
    public static Path resolve(Path runDir, String name) throws ApiException {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0 || name.contains(":")) {
            throw new ApiException(400, "forbidden_path", "artefact name '" + safe(name) + "' is not a file name inside the run's folder");
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".") || part.isEmpty() || part.startsWith(".")) {
                throw new ApiException(400, "forbidden_path", "artefact name '" + safe(name) + "' may not contain '..', '.' or hidden names");
            }
        }
        Path file = runDir.resolve(name).normalize();
        try {
            if (!file.startsWith(runDir) || !Files.isRegularFile(file) || file.getFileName().toString().endsWith(".tmp") || HIDDEN.contains(file.getFileName().toString())) {
                throw new ApiException(404, "not_found", "the run has no artefact '" + safe(name) + "'");
            }
            Path real = file.toRealPath();
            if (!real.startsWith(runDir.toRealPath())) {
                throw new ApiException(400, "forbidden_path", "artefact '" + safe(name) + "' leads out of the run's folder");
            }
            return real;
        } catch (IOException e) {
            throw new ApiException(404, "not_found", "the run has no artefact '" + safe(name) + "'");
        }
    }

    /** @return the media type of a file name */
    public static String mediaType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return "text/csv";
        } else if (n.endsWith(".json")) {
            return "application/json";
        } else if (n.endsWith(".html")) {
            return "text/html";
        } else if (n.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (n.endsWith(".png")) {
            return "image/png";
        } else if (n.endsWith(".log") || n.endsWith(".txt") || n.endsWith(".md")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    private static String safe(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("[\\p{Cntrl}]", "?");
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
