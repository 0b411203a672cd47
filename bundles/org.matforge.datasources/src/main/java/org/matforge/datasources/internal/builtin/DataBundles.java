package org.matforge.datasources.internal.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * The {@value #HEADER} manifest header of a data bundle: comma-separated entries {@code path;id=<dataset id>}, each a
 * CSV file in the bundle (gzip when its name ends in {@code .gz}) whose {@code #} lines name its source, licence and
 * citation. Without {@code id} the dataset id is the file name without extensions, {@code _} written {@code -}.
 */
public final class DataBundles {
    /** Manifest header listing the data files of a data bundle. */
    public static final String HEADER = "MatForge-Data";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private DataBundles() {
    }

    /** One entry of the header. */
    public record Entry(String path, String id) {
    }

    /**
     * @return the entries of a header value
     * @throws IllegalArgumentException naming the entry that is not {@code path;id=<id>} or repeats an id
     */
    public static List<Entry> parse(String header) {
        List<Entry> entries = new ArrayList<>();
        for (String part : header.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pieces = part.trim().split(";");
            String path = pieces[0].trim();
            while (path.startsWith("/")) {
                path = path.substring(1);
            }
            String id = null;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("id=")) {
                    id = p.substring(3).trim().replace("\"", "");
                } else if (!p.isEmpty()) {
                    throw new IllegalArgumentException(HEADER + " entry '" + part.trim() + "': unknown attribute '" + p + "' (only id=<dataset id>)");
                }
            }
            if (path.isEmpty()) {
                throw new IllegalArgumentException(HEADER + " entry '" + part.trim() + "' names no file");
            }
            if (id == null) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                id = name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.')).replace('_', '-').toLowerCase(Locale.ROOT);
            }
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(HEADER + " entry '" + part.trim() + "': dataset id '" + id
                        + "' must be lower-case letters, digits and '-'");
            }
            String finalId = id;
            if (entries.stream().anyMatch(e -> e.id().equals(finalId))) {
                throw new IllegalArgumentException(HEADER + ": dataset id '" + id + "' is listed twice");
            }
            entries.add(new Entry(path, id));
        }
        return entries;
    }

    /**
     * Adds the data bundles on a class path (jars whose manifest has the header) to a shelf, for use outside OSGi:
     * tests, a Spark job, the benchmarks.
     *
     * @return how many data bundles were found
     */
    public static int addFromClassPath(ClassLoader loader, DataShelf shelf) throws IOException {
        int found = 0;
        Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            URL url = manifests.nextElement();
            Manifest m;
            try (InputStream in = url.openStream()) {
                m = new Manifest(in);
            }
            String header = m.getMainAttributes().getValue(HEADER);
            if (header == null) {
                continue;
            }
            String name = m.getMainAttributes().getValue("Bundle-SymbolicName");
            String base = url.toString().substring(0, url.toString().length() - "META-INF/MANIFEST.MF".length());
            List<ShippedDataset> datasets = new ArrayList<>();
            for (Entry e : parse(header)) {
                URL file = new URL(base + e.path());
                datasets.add(new ShippedDataset(e.id(), name, e.path(), file::openStream));
            }
            shelf.add(name == null ? base : name, datasets);
            found++;
        }
        return found;
    }
}
