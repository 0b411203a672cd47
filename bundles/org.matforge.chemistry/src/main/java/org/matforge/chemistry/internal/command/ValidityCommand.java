package org.matforge.chemistry.internal.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.oxidation.ValidityChecker;
import org.matforge.chemistry.lib.oxidation.ValidityResult;
import org.matforge.chemistry.lib.oxidation.ValidityScreening;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.CommandFiles;
import org.matforge.commons.cli.ProgressLine;
import org.matforge.commons.csv.CsvTransform;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code validity --input X.csv --formula-column composition --output Y.csv [--oxidation-states icsd24]}: streams the
 * table and appends {@code valid} (true, false or unknown; SMACT's verdict), {@code oxidation_states} (the most probable
 * charge-balanced states as pymatgen ranks them, e.g. "Li+1 Fe+2 P+5 O-2", whatever the verdict; where pymatgen's
 * states balance nothing, the states SMACT's test found), {@code oxidation_probability} (that guess's probability,
 * empty without one) and {@code error} (why a formula could not be read).
 */
public final class ValidityCommand {
    /** What the command does, in one line. */
    public static final String SUMMARY = "check formulas of a table file (CSV, TSV, JSON lines, Parquet) for charge balance (oxidation states), streaming";
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
        return Cli.run(new Options(), args, this::validity);
    }

    /** The command line. */
    @Command(name = "validity", description = SUMMARY, footerHeading = "%nExample:%n",
            footer = "  validity --input formulas.csv --formula-column composition --output checked.csv --oxidation-states icsd24")
    static final class Options {
        @Option(names = "--input", required = true, paramLabel = "FILE", description = "table with a formula column: CSV (, ; or tab), TSV, JSON lines or Parquet, by extension")
        Path input;
        @Option(names = "--output", required = true, paramLabel = "FILE", description = "table to write, format by extension: the input columns, valid, oxidation_states, oxidation_probability, error")
        Path output;
        @Option(names = "--formula-column", paramLabel = "COLUMN", description = "the input's formula column")
        String formulaColumn = "formula";
        @Option(names = "--oxidation-states", paramLabel = "SET", description = "oxidation-state set: smact14, icsd24, icsd24-common, pmg or pmg-icsd")
        String oxidationStates = ValidityScreening.DEFAULT_SET;
    }

    private String validity(Options options) throws IOException {
        Path input = options.input;
        Path output = options.output;
        String formulaColumn = options.formulaColumn;
        ValidityChecker checker;
        try {
            checker = screening.checker(options.oxidationStates);
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
                checker.oxidationSetName(), rows, counts[0], rows == 0 ? 0.0 : 100.0 * counts[0] / rows, counts[1], counts[2], counts[3], target);
    }

    private static CsvTransform.Step step(ValidityChecker checker, int formulaColumn, long[] counts) {
        return new CsvTransform.Step() {
            @Override
            public List<String> addedColumns() {
                return List.of("valid", "oxidation_states", "oxidation_probability", "error");
            }

            @Override
            public String[][] process(List<String[]> records) {
                String[][] out = new String[records.size()][];
                IntStream.range(0, out.length).parallel().forEach(r -> out[r] = row(checker, records.get(r)[formulaColumn]));
                for (String[] row : out) {
                    counts[!row[3].isEmpty() ? 3 : switch (row[0]) {
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
            return new String[] {"", "", "", e.getMessage()};
        }
        ValidityResult result = checker.checkWithGuess(composition);
        double p = result.probability();
        return new String[] {result.status().text(), result.shownStates(composition), Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.4f", p), ""};
    }
}
