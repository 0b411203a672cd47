package org.matforge.models.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;

/** The read-only reference data beside the checkout (system property {@code matforge.shared.data}). */
public final class SharedData {
    private SharedData() {
    }

    /** @return the data folder */
    public static Path root() {
        String configured = System.getProperty("matforge.shared.data");
        Path p = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.dir"), "..", "..", "..", "shared", "data");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared data not found at " + p.toAbsolutePath().normalize() + " (set -Dmatforge.shared.data)");
        }
        return p;
    }

    /** A row of a matbench table. */
    public record Row(String formula, Composition composition, double target) {
    }

    /** @return the first {@code limit} rows of a {@code formula,target} table (all when limit ≤ 0) */
    public static List<Row> matbench(String file, int limit) {
        try (var lines = Files.lines(root().resolve("matbench").resolve(file))) {
            List<Row> rows = new ArrayList<>();
            lines.skip(1).limit(limit > 0 ? limit : Long.MAX_VALUE).forEach(line -> {
                int comma = line.lastIndexOf(',');
                String formula = line.substring(0, comma);
                rows.add(new Row(formula, Composition.parse(formula), Double.parseDouble(line.substring(comma + 1))));
            });
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
