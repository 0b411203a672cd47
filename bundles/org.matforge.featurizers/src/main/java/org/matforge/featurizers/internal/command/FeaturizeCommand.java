package org.matforge.featurizers.internal.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.CommandFiles;
import org.matforge.commons.cli.ProgressLine;
import org.matforge.commons.csv.CsvTransform;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.commons.features.FeaturizingStep;
import org.matforge.spi.featurizer.Featurizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code featurize --featurizers magpie,stoichiometry --input X.csv --formula-column composition --output Y.csv}:
 * streams the input table in chunks, featurizes each chunk in parallel and writes the input columns, one column per
 * feature label and an {@code error} column. A row whose formula cannot be read keeps its place with empty features
 * and the reason in {@code error}; an undefined feature (NaN) is written as an empty field.
 */
public final class FeaturizeCommand {
    /** Records per chunk. */
    public static final int CHUNK_ROWS = 8192;
    /** What the command does, in one line. */
    public static final String SUMMARY = "add feature columns (magpie, stoichiometry, ...) to a table file of formulas (CSV, TSV, JSON lines, Parquet), streaming";

    /** The command line. */
    @Command(name = "featurize", description = SUMMARY, footerHeading = "%nExample:%n",
            footer = "  featurize --featurizers magpie,stoichiometry --input formulas.csv --formula-column composition --output features.csv")
    static final class Options {
        @Option(names = "--featurizers", required = true, paramLabel = "IDS", description = "featurizer ids, comma-separated (see: plugins)")
        String featurizers;
        @Option(names = "--input", required = true, paramLabel = "FILE", description = "table with a formula column: CSV (, ; or tab), TSV, JSON lines or Parquet, by extension")
        Path input;
        @Option(names = "--output", required = true, paramLabel = "FILE", description = "table to write, format by extension: the input columns, the features, error")
        Path output;
        @Option(names = "--formula-column", paramLabel = "COLUMN", description = "the input's formula column")
        String formulaColumn = "formula";
    }

    private final Function<String, Featurizer> lookup;
    private final Collection<String> knownIds;
    private final ProgressLine progress;

    /**
     * @param lookup   featurizer id → featurizer, null when unknown
     * @param knownIds the ids available, for error messages
     * @param terminal where progress goes (stderr)
     */
    public FeaturizeCommand(Function<String, Featurizer> lookup, Collection<String> knownIds, PrintStream terminal) {
        this.lookup = lookup;
        this.knownIds = knownIds;
        this.progress = new ProgressLine("featurize", terminal);
    }

    /**
     * @param args the command line
     * @return a one-line summary
     * @throws IllegalArgumentException with a one-line message on wrong options or input
     * @throws IOException when reading or writing fails
     */
    public String run(String... args) throws IOException {
        return Cli.run(new Options(), args, this::featurize);
    }

    private String featurize(Options options) throws IOException {
        String ids = options.featurizers;
        Path input = options.input;
        Path output = options.output;
        String formulaColumn = options.formulaColumn;
        Featurizer featurizer = resolve(ids);
        CommandFiles files = CommandFiles.of("featurize");
        Path source = files.input(input, "input file");
        Path target = files.output(output, "output file", source);
        long[] errors = {0};
        long rows;
        rows = CsvTransform.run(source, null, target, CHUNK_ROWS,
                header -> new Step(featurizer, CsvTransform.columnIndex(header, formulaColumn), errors), progress::update);
        progress.finish();
        return "featurized " + rows + " rows with " + featurizer.labels().size() + " features (" + ids + ") into " + target
                + (errors[0] > 0 ? "; " + errors[0] + " rows could not be read (see column error)" : "");
    }

    private Featurizer resolve(String ids) {
        try {
            return CompositeFeaturizer.of(ids, lookup, knownIds);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("featurize: " + e.getMessage(), e);
        }
    }

    /** Featurizes one chunk (rows in parallel), then formats each row's features and error. */
    private static final class Step extends FeaturizingStep {
        private final long[] errors;

        Step(Featurizer featurizer, int formulaColumn, long[] errors) {
            super(featurizer, formulaColumn, featurizer.labels());
            this.errors = errors;
        }

        @Override
        protected String[][] fields(Chunk chunk) {
            int width = chunk.width();
            String[][] out = new String[chunk.rows()][];
            for (int r = 0; r < out.length; r++) {
                out[r] = row(chunk, r, width);
                if (!out[r][width].isEmpty()) {
                    errors[0]++;
                }
            }
            return out;
        }

        private static String[] row(Chunk chunk, int r, int width) {
            String[] fields = new String[width + 1];
            Optional<RuntimeException> failure = chunk.failure(r);
            if (failure.isPresent()) {
                RuntimeException e = failure.get();
                Arrays.fill(fields, 0, width, "");
                fields[width] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return fields;
            }
            for (int c = 0; c < width; c++) {
                double value = chunk.value(r, c);
                fields[c] = Double.isNaN(value) ? "" : Double.toString(value);
            }
            fields[width] = "";
            return fields;
        }
    }
}
