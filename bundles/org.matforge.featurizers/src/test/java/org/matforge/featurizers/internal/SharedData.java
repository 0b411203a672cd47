package org.matforge.featurizers.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates the read-only reference data beside the checkout (system property {@code matforge.shared.data}). */
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

    /** @return the formulas (first column) of a matbench table such as {@code "expt_gap"} */
    public static List<String> formulas(String task) {
        try {
            List<String> lines = Files.readAllLines(root().resolve("matbench").resolve(task + ".csv"));
            List<String> formulas = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    formulas.add(line.substring(0, line.indexOf(',')));
                }
            }
            return formulas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
