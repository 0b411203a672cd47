package org.matforge.commons.preprocess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The read-only matbench tables beside the checkout (system property {@code matforge.shared.data}). */
public final class SharedTables {
    private SharedTables() {
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

    /** A matbench task as formulas and targets (its files have no quoted fields). */
    public record Table(List<String> formulas, double[] targets) {
    }

    /** @return the rows of a matbench task such as {@code "mp_gap"} */
    public static Table read(String task) {
        try {
            List<String> lines = Files.readAllLines(root().resolve("matbench").resolve(task + ".csv"));
            List<String> formulas = new ArrayList<>();
            List<Double> targets = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    int comma = line.indexOf(',');
                    formulas.add(line.substring(0, comma));
                    targets.add(Double.parseDouble(line.substring(comma + 1)));
                }
            }
            return new Table(formulas, targets.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
