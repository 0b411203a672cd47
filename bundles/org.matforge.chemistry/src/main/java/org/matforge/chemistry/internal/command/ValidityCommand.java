package org.matforge.chemistry.internal.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.oxidation.ValidityChecker;
import org.matforge.chemistry.lib.oxidation.ValidityResult;
import org.matforge.chemistry.lib.oxidation.ValidityScreening;
import org.matforge.commons.cli.CommandFiles;
import org.matforge.commons.cli.CommandOptions;
import org.matforge.commons.cli.ProgressLine;
import org.matforge.commons.csv.CsvTransform;

/**
 * {@code validity --input X.csv --formula-column composition --output Y.csv [--oxidation-states icsd24]}: streams the
 * table and appends {@code valid} (true, false or unknown), {@code oxidation_states} (the charge-balanced states
 * found, e.g. "O-2 Fe+3") and {@code error} (why a formula could not be read).
 */
public final class ValidityCommand {
    private static final Set<String> OPTIONS = Set.of("input", "output", "formula-column", "oxidation-states");
    private static final int CHUNK_ROWS = 8192;

    private final ValidityScreening screening;
    private final PrintStream terminal;

    /** @param screening the validity checkers @param terminal where progress goes (stderr) */
    public ValidityCommand(ValidityScreening screening, PrintStream terminal) {
        this.screening = screening;
        this.terminal = terminal;
    }

    /**
     * @return a one-line summary with the acceptance rate
     * @throws IllegalArgumentException with a one-line message on wrong options or input
     */
    public String run(String... args) throws IOException {
        CommandOptions options = CommandOptions.parse("validity", args, OPTIONS);
        Path input = Path.of(options.required("input"));
        Path output = Path.of(options.required("output"));
        String formulaColumn = options.get("formula-column", "formula");
        ValidityChecker checker;
        try {
            checker = screening.checker(options.get("oxidation-states", ValidityScreening.DEFAULT_SET));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("validity: --oxidation-states" + e.getMessage().substring(ValidityScreening.OXIDATION_STATES.length()));
        }
        CommandFiles files = CommandFiles.of("validity");
        Path source = files.input(input, "input file");
        Path target = files.output(output, "output file", source);
        long[] counts = new long[4];
        ProgressLine progress = new ProgressLine("validity", terminal);
        long rows;
        rows = CsvTransform.run(source, null, target, CHUNK_ROWS,
                header -> step(checker, CsvTransform.columnIndex(header, formulaColumn), counts), progress::update);
        progress.finish();
        return String.format("validity (%s): %d rows, %d valid (%.1f%%), %d invalid, %d unknown, %d unreadable; written to %s",
                checker.oxidationSetName(), rows, counts[0], rows == 0 ? 0.0 : 100.0 * counts[0] / rows, counts[1], counts[2], counts[3], output);
    }

    private static CsvTransform.Step step(ValidityChecker checker, int formulaColumn, long[] counts) {
        return new CsvTransform.Step() {
            @Override
            public List<String> addedColumns() {
                return List.of("valid", "oxidation_states", "error");
            }

            @Override
            public String[][] process(List<String[]> records) {
                String[][] out = new String[records.size()][];
                IntStream.range(0, out.length).parallel().forEach(r -> out[r] = row(checker, records.get(r)[formulaColumn]));
                for (String[] row : out) {
                    counts[!row[2].isEmpty() ? 3 : switch (row[0]) {
                        case "true" -> 0;
                        case "false" -> 1;
                        default -> 2;
                    }]++;
                }
                return out;
            }
        };
    }

    private static String[] row(ValidityChecker checker, String formula) {
        Composition composition;
        try {
            composition = Composition.parse(formula == null ? "" : formula);
        } catch (IllegalArgumentException e) {
            return new String[] {"", "", e.getMessage()};
        }
        ValidityResult result = checker.check(composition);
        String states = result.assignments().isEmpty() ? "" : ValidityResult.describe(composition, result.assignments().get(0));
        return new String[] {result.status().text(), states, ""};
    }
}
