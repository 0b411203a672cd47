package org.matforge.featurizers.internal.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.matforge.api.chem.Composition;
import org.matforge.commons.cli.CommandFiles;
import org.matforge.commons.cli.CommandOptions;
import org.matforge.commons.cli.ProgressLine;
import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.csv.CsvTransform;
import org.matforge.commons.csv.CsvWriter;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.commons.io.AtomicOutput;
import org.matforge.spi.featurizer.Featurizer;

/**
 * {@code featurize --featurizers magpie,stoichiometry --input X.csv --formula-column composition --output Y.csv}:
 * streams the input table in chunks, featurizes each chunk in parallel and writes the input columns, one column per
 * feature label and an {@code error} column. A row whose formula cannot be read keeps its place with empty features
 * and the reason in {@code error}; an undefined feature (NaN) is written as an empty field.
 */
public final class FeaturizeCommand {
    /** Records per chunk. */
    public static final int CHUNK_ROWS = 8192;
    private static final Set<String> OPTIONS = Set.of("featurizers", "input", "output", "formula-column");

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
        CommandOptions options = CommandOptions.parse("featurize", args, OPTIONS);
        String ids = options.required("featurizers");
        Path input = Path.of(options.required("input"));
        Path output = Path.of(options.required("output"));
        String formulaColumn = options.get("formula-column", "formula");
        Featurizer featurizer = resolve(ids);
        CommandFiles files = CommandFiles.of("featurize");
        Path source = files.input(input, "input file");
        Path target = files.output(output, "output file", source);
        long[] errors = {0};
        long rows;
        try (CsvReader reader = CsvReader.open(source); AtomicOutput out = AtomicOutput.open(target)) {
            rows = CsvTransform.run(reader, new CsvWriter(out.writer()), CHUNK_ROWS,
                    header -> new Step(featurizer, CsvTransform.columnIndex(header, formulaColumn), errors), progress::update);
            out.commit();
        }
        progress.finish();
        return "featurized " + rows + " rows with " + featurizer.labels().size() + " features (" + ids + ") into " + output
                + (errors[0] > 0 ? "; " + errors[0] + " rows could not be read (see column error)" : "");
    }

    private Featurizer resolve(String ids) {
        try {
            return CompositeFeaturizer.of(ids, lookup, knownIds);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("featurize: " + e.getMessage(), e);
        }
    }

    /** Featurizes one chunk: parse and featurize rows in parallel, then format. */
    private static final class Step implements CsvTransform.Step {
        private final Featurizer featurizer;
        private final int formulaColumn;
        private final long[] errors;
        private final List<String> added;

        Step(Featurizer featurizer, int formulaColumn, long[] errors) {
            this.featurizer = featurizer;
            this.formulaColumn = formulaColumn;
            this.errors = errors;
            this.added = new ArrayList<>(featurizer.labels());
            added.add("error");
        }

        @Override
        public List<String> addedColumns() {
            return added;
        }

        @Override
        public String[][] process(List<String[]> records) {
            int width = featurizer.labels().size();
            String[][] out = new String[records.size()][];
            IntStream.range(0, records.size()).parallel().forEach(r -> out[r] = row(records.get(r)[formulaColumn], width));
            for (String[] row : out) {
                if (!row[width].isEmpty()) {
                    errors[0]++;
                }
            }
            return out;
        }

        private String[] row(String formula, int width) {
            String[] fields = new String[width + 1];
            double[] values = new double[width];
            try {
                featurizer.featurize(Composition.parse(formula == null ? "" : formula), values, 0);
                for (int c = 0; c < width; c++) {
                    fields[c] = Double.isNaN(values[c]) ? "" : Double.toString(values[c]);
                }
                fields[width] = "";
            } catch (RuntimeException e) {
                java.util.Arrays.fill(fields, 0, width, "");
                fields[width] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            return fields;
        }
    }
}
