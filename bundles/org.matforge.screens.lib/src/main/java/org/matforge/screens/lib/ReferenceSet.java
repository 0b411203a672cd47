package org.matforge.screens.lib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.api.text.Excerpt;
import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.io.FileAccessException;
import org.matforge.commons.io.FileRoots;
import org.matforge.spi.task.TaskContext;

/**
 * The known compositions a novelty screen compares against, gathered from the step's parameters; each remembers
 * where it came from ({@code reference[3]}, {@code known.csv:17}, {@code reference table row 5}) for reasons and
 * error messages.
 * <ul>
 * <li>{@code reference}: a list of formulas (an entry may hold several, comma-separated), or a {@link Table}
 * handed over by the orchestrator (e.g. the training data), read from column {@code referenceColumn};</li>
 * <li>{@code referenceFile}: a CSV file with a header row, read from column {@code referenceColumn};</li>
 * <li>{@code referenceColumn}: the formula column of the table or file, default {@code formula}.</li>
 * </ul>
 * Both {@code reference} and {@code referenceFile} may be given; the set is their union. Blank cells are skipped;
 * a cell that is not a formula fails naming the parameter and the entry, line or row. A plain library class: the
 * novelty screen and the orchestrator's Spark hand-off (which sends the same set to the Spark job) gather it alike.
 */
public final class ReferenceSet {
    /** Parameter: known formulas, or a table of them. */
    public static final String REFERENCE = "reference";
    /** Parameter: a CSV file of known formulas. */
    public static final String FILE = "referenceFile";
    /** Parameter: the formula column of the table or file. */
    public static final String COLUMN = "referenceColumn";
    /** Parameter: whether to add the known compounds of the installed data bundles (default true). */
    public static final String KNOWN = "known";

    private final List<Composition> compositions = new ArrayList<>();
    private final List<String> origins = new ArrayList<>();

    private ReferenceSet() {
    }

    /** @return the reference set the parameters describe @throws IllegalArgumentException naming the parameter */
    public static ReferenceSet of(Parameters parameters) {
        if (!parameters.has(REFERENCE) && !parameters.has(FILE)) {
            throw new IllegalArgumentException("parameter '" + REFERENCE + "' or '" + FILE + "' is required: the known"
                    + " formulas (a list, or a table from an earlier step) or a CSV file of them");
        }
        String column = parameters.string(COLUMN).orElse("formula");
        ReferenceSet set = new ReferenceSet();
        Object reference = parameters.asMap().get(REFERENCE);
        if (reference instanceof Table table) {
            set.addTable(table, column);
        } else if (reference != null) {
            set.addList(parameters.strings(REFERENCE));
        }
        parameters.string(FILE).ifPresent(file -> set.addFile(Path.of(file), column));
        return set;
    }

    /**
     * @return what the novelty screen compares with for these parameters: {@code reference} and {@code referenceFile}
     *         (when given), then, unless {@code known} is false, every known compound of the installed data bundles
     * @throws IllegalArgumentException naming the parameter, entry, line or row that is wrong
     */
    public static ReferenceSet forNovelty(Parameters parameters, KnownCompounds knownCompounds, TaskContext context) {
        boolean known = parameters.flag(KNOWN, true);
        ReferenceSet references = known && !parameters.has(REFERENCE) && !parameters.has(FILE) ? empty() : of(parameters);
        if (known) {
            references.addKnown(knownCompounds.table(context));
        }
        return references;
    }

    /** @return a set with no compositions yet */
    static ReferenceSet empty() {
        return new ReferenceSet();
    }

    /** Adds the known compounds of the installed data bundles; each one's origin is its dataset's id. */
    void addKnown(Table known) {
        String[] formulas = known.strings("formula");
        String[] datasets = known.hasColumn("dataset") ? known.strings("dataset") : null;
        for (int r = 0; r < formulas.length; r++) {
            add(formulas[r], datasets == null ? KnownCompounds.DATASET : datasets[r], KnownCompounds.DATASET + " row " + r);
        }
    }

    /** @return the compositions in order of appearance */
    public List<Composition> compositions() {
        return compositions;
    }

    /** @return where each composition came from, parallel to {@link #compositions()} */
    public List<String> origins() {
        return origins;
    }

    private void addList(List<String> entries) {
        for (int i = 0; i < entries.size(); i++) {
            for (String formula : entries.get(i).split(",")) {
                add(formula, REFERENCE + "[" + i + "]", "parameter '" + REFERENCE + "[" + i + "]'");
            }
        }
    }

    private void addTable(Table table, String column) {
        if (!table.hasColumn(column)) {
            throw new IllegalArgumentException("parameter '" + COLUMN + "': the reference table has no column '" + column
                    + "'; its columns are " + table.columnNames());
        }
        String[] formulas = table.strings(column);
        for (int r = 0; r < formulas.length; r++) {
            add(formulas[r], "reference table row " + r, "parameter '" + REFERENCE + "' (table row " + r + ", column '" + column + "')");
        }
    }

    private void addFile(Path file, String column) {
        try (CsvReader csv = CsvReader.open(allowed(file))) {
            String[] header = csv.next();
            int index = header == null ? -1 : Arrays.asList(header).indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("parameter '" + COLUMN + "': " + file + " has no column '" + column
                        + "'; its header is " + (header == null ? "empty" : Arrays.stream(header).map(Excerpt::name)
                                .collect(Collectors.joining(", ", "[", "]"))));
            }
            String name = file.getFileName().toString();
            for (String[] row = csv.next(); row != null; row = csv.next()) {
                String where = name + ":" + csv.recordLine();
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                if (index >= row.length || row.length > header.length) {
                    throw new IllegalArgumentException("parameter '" + FILE + "': " + file + ":" + csv.recordLine() + " has "
                            + row.length + " fields, the header " + header.length);
                }
                add(row[index], where, "parameter '" + FILE + "': " + file + ":" + csv.recordLine());
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("parameter '" + FILE + "': no such file " + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("parameter '" + FILE + "': cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** @return the file's real path, when it lies inside the allowed folders ({@link FileRoots#current()}) */
    private static Path allowed(Path file) throws NoSuchFileException {
        try {
            if (!Files.exists(file)) {
                FileRoots.current().folder(file, "parameter '" + FILE + "'"); // outside the roots: say so, rather than whether it exists
                throw new NoSuchFileException(file.toString());
            }
            return FileRoots.current().readable(file, "parameter '" + FILE + "'");
        } catch (FileAccessException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private void add(String formula, String origin, String where) {
        String text = formula.trim();
        if (text.isEmpty()) {
            return;
        }
        try {
            compositions.add(Composition.parse(text));
            origins.add(origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": \"" + text + "\" is not a formula: " + e.getMessage(), e);
        }
    }
}
