package org.matforge.commons.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.matforge.api.chem.Composition;

/**
 * The read-only reference data beside the checkout, for the unit tests of every module (shipped as the test-jar of
 * org.matforge.commons). The folder is the system property {@code matforge.shared.data} (set by surefire in the root
 * pom), else {@code ../../../shared/data} from the module folder.
 */
public final class SharedData {
    private SharedData() {
    }

    /** @return the shared data folder */
    public static Path root() {
        String configured = System.getProperty("matforge.shared.data");
        Path root = configured != null ? Path.of(configured) : Path.of("../../../shared/data");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("shared reference data not found at " + root.toAbsolutePath().normalize()
                    + " (set -Dmatforge.shared.data)");
        }
        return root;
    }

    /** @return the matbench folder */
    public static Path matbench() {
        return root().resolve("matbench");
    }

    /** @return the CSV file ({@code formula,target}) of a matbench task such as {@code "expt_gap"} */
    public static Path matbench(String task) {
        return matbench().resolve(task + ".csv");
    }

    /** One row of a matbench table. */
    public record Row(String formula, double target) {
        /** @return the formula, parsed */
        public Composition composition() {
            return Composition.parse(formula);
        }
    }

    /** @return all rows of a matbench task */
    public static List<Row> rows(String task) {
        return rows(task, 0);
    }

    /** @return the first {@code limit} rows of a matbench task (all when limit ≤ 0) */
    public static List<Row> rows(String task, int limit) {
        return rows(matbench(task), limit);
    }

    /** @return the first {@code limit} rows (all when limit ≤ 0) of a {@code formula,target} CSV file with a header */
    public static List<Row> rows(Path csv, int limit) {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.skip(1).filter(line -> !line.isBlank()).limit(limit > 0 ? limit : Long.MAX_VALUE).map(line -> {
                int comma = line.lastIndexOf(',');
                return new Row(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the formulas of a matbench task, in file order */
    public static List<String> formulas(String task) {
        return rows(task).stream().map(Row::formula).toList();
    }

    /** A matbench task as columns. */
    public record Table(List<String> formulas, double[] targets) {
    }

    /** @return all rows of a matbench task as columns */
    public static Table table(String task) {
        return table(task, 0);
    }

    /** @return the first {@code limit} rows of a matbench task as columns (all when limit ≤ 0) */
    public static Table table(String task, int limit) {
        List<Row> rows = rows(task, limit);
        return new Table(rows.stream().map(Row::formula).toList(), rows.stream().mapToDouble(Row::target).toArray());
    }
}
