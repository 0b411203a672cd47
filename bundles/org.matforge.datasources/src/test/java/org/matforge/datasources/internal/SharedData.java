package org.matforge.datasources.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the read-only reference data beside the checkout (system property {@code matforge.shared.data}). */
public final class SharedData {
    private SharedData() {
    }

    /** @return the shared data folder */
    public static Path root() {
        String configured = System.getProperty("matforge.shared.data");
        Path root = configured != null ? Path.of(configured) : Path.of("../../../shared/data");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("shared reference data not found at " + root.toAbsolutePath());
        }
        return root;
    }

    /** @return the matbench folder */
    public static Path matbench() {
        return root().resolve("matbench");
    }

    /** One row of a matbench table. */
    public record Row(String formula, double target) {
    }

    /** @return the rows (formula, target) of a matbench task, read line by line */
    public static List<Row> rows(String task) {
        try {
            List<String> lines = Files.readAllLines(matbench().resolve(task + ".csv"));
            List<Row> rows = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    int comma = line.lastIndexOf(',');
                    rows.add(new Row(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1))));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
