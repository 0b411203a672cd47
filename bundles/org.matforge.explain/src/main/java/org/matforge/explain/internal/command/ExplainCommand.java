package org.matforge.explain.internal.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.explain.Explainer;
import org.matforge.api.explain.GlobalExplanation;
import org.matforge.api.explain.Importance;
import org.matforge.api.explain.LocalExplanation;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.CommandFiles;
import org.matforge.commons.cli.ProgressLine;
import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.csv.CsvTransform;
import org.matforge.commons.csv.CsvWriter;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.commons.features.FeaturizingStep;
import org.matforge.commons.io.AtomicOutput;
import org.matforge.explain.internal.compute.Baseline;
import org.matforge.explain.internal.compute.Explanations;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.predictor.TrainingFeatureMeans;
import org.matforge.spi.task.TaskContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code explain --model <file.mfm | run/model | id> --input X.csv --formula-column C --output Y.csv [--top 10]}: per row, the
 * prediction and the features that moved it most away from the baseline — the mean features of {@code --background}
 * when given, else the model's training feature means when its file keeps them ({@link TrainingFeatureMeans}), else
 * up to the first {@value #BACKGROUND_ROWS} readable rows of the input. Rows equal to the baseline (all attributions
 * zero) are counted in a warning. With {@code --mode importance --target-column T}, the permutation importance of
 * every feature and feature group on the labelled input instead.
 */
public final class ExplainCommand {
    /** Rows of a background file used for the baseline. */
    public static final int BACKGROUND_ROWS = 10_000;
    private static final int CHUNK_ROWS = 256;
    /** What the command does, in one line. */
    public static final String SUMMARY = "why a predictor predicts what it does: per-row attributions, or permutation importance of features";

    /** The command line. */
    @Command(name = "explain", description = SUMMARY, footerHeading = "%nExamples:%n",
            footer = {"  explain --model runs/<id>/models/gap-model.mfm --input formulas.csv --output why.csv --top 5",
                    "  explain --model gap-model --mode importance --input labelled.csv --target-column band_gap --output importance.csv"})
    static final class Options {
        @Option(names = "--model", required = true, paramLabel = "MODEL",
                description = "a model file (.mfm), <run id>/<model name>, or an installed predictor's id (see: plugins)")
        String model;
        @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV file with a formula column")
        Path input;
        @Option(names = "--output", required = true, paramLabel = "FILE", description = "CSV file to write")
        Path output;
        @Option(names = "--formula-column", paramLabel = "COLUMN", description = "the input's formula column")
        String formulaColumn = "formula";
        @Option(names = "--mode", paramLabel = "MODE", description = "local (per-row attributions) or importance (permutation importance)")
        String mode = "local";
        @Option(names = "--top", paramLabel = "N", description = "local: features listed per row")
        String top = "10";
        @Option(names = "--background", paramLabel = "FILE", description = "local: CSV file whose mean features are the baseline (default: the model's training feature means when its file keeps them, else the input)")
        Path background;
        @Option(names = "--method", paramLabel = "METHOD", description = "local: auto, integrated-gradients or shapley-sampling")
        String method;
        @Option(names = "--steps", paramLabel = "N", description = "local: integration steps (integrated gradients)")
        String steps;
        @Option(names = "--samples", paramLabel = "N", description = "local: permutations sampled (Shapley sampling)")
        String samples;
        @Option(names = "--seed", paramLabel = "N", description = "random seed")
        String seed;
        @Option(names = "--target-column", paramLabel = "COLUMN", description = "importance: the measured values' column")
        String targetColumn;
        @Option(names = "--repeats", paramLabel = "N", description = "importance: shuffles per feature")
        String repeats = "5";
    }

    private final Function<String, PropertyPredictor> models;
    private final Function<String, Featurizer> featurizers;
    private final Collection<String> featurizerIds;
    private final Explainer explainer;
    private final ProgressLine progress;
    private final ProgressLine percent;

    /**
     * @param models        a model id or a model file path → the predictor; throws IllegalArgumentException when none
     * @param featurizers   featurizer id → featurizer, null when not installed
     * @param featurizerIds installed featurizer ids, for messages
     * @param explainer     the explanation algorithms
     * @param terminal      where progress goes
     */
    public ExplainCommand(Function<String, PropertyPredictor> models, Function<String, Featurizer> featurizers,
            Collection<String> featurizerIds, Explainer explainer, PrintStream terminal) {
        this.models = models;
        this.featurizers = featurizers;
        this.featurizerIds = featurizerIds;
        this.explainer = explainer;
        this.progress = new ProgressLine("explain", terminal);
        this.percent = new ProgressLine("explain", "% of features shuffled", terminal);
    }

    /**
     * @return a one-line summary
     * @throws IllegalArgumentException with a one-line message on wrong options or input
     * @throws IOException when reading or writing fails
     */
    public String run(String... args) throws IOException {
        return Cli.run(new Options(), args, this::explain);
    }

    private String explain(Options options) throws IOException {
        PropertyPredictor predictor = models.apply(options.model);
        CompositeFeaturizer assembly = featuresOf(predictor);
        Path input = options.input;
        Path output = options.output;
        String formulaColumn = options.formulaColumn;
        String mode = options.mode;
        try {
            return switch (mode) {
                case "local" -> local(options, predictor, assembly, input, output, formulaColumn);
                case "importance" -> importance(options, predictor, assembly, input, output, formulaColumn);
                default -> throw new IllegalArgumentException("explain: --mode must be local or importance, got '" + mode + "'");
            };
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("explain: no such file " + e.getFile());
        }
    }

    /**
     * @return the featurizers the predictor names, concatenated in its order
     * @throws IllegalArgumentException when one is not installed or their labels differ from the predictor's
     */
    private CompositeFeaturizer featuresOf(PropertyPredictor predictor) {
        CompositeFeaturizer features;
        try {
            features = CompositeFeaturizer.of(predictor.featurizers(), featurizers, featurizerIds);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("explain: the model needs featurizers " + predictor.featurizers() + ": " + e.getMessage(), e);
        }
        if (!features.labels().equals(predictor.featureLabels())) {
            throw new IllegalArgumentException("explain: the installed featurizers " + predictor.featurizers() + " give "
                    + features.labels().size() + " features that differ from the " + predictor.featureLabels().size()
                    + " the model was trained on (a different featurizer version?)");
        }
        return features;
    }

    private String local(Options options, PropertyPredictor predictor, CompositeFeaturizer assembly, Path input,
            Path output, String formulaColumn) throws IOException {
        int top = positive("top", options.top);
        Parameters attributionOptions = Explanations.LOCAL_OPTIONS.require("explain", attributionOptions(options));
        Path backgroundOption = options.background;
        Path backgroundFile = backgroundOption == null ? input : backgroundOption;
        CommandFiles files = CommandFiles.of("explain");
        Path source = files.input(input, "file");
        Path backgroundSource = files.input(backgroundFile, "file");
        Path target = files.output(output, "output file", source, backgroundSource);
        FeatureMatrix background;
        String baselineText;
        if (backgroundOption == null && predictor instanceof TrainingFeatureMeans stored) {
            background = FeatureMatrix.of(predictor.featureLabels(), 1, stored.trainingFeatureMeans());
            baselineText = "baseline = the model's training feature means";
        } else {
            background = read(backgroundSource, formulaColumn, null, assembly, BACKGROUND_ROWS).features;
            if (background.rowCount() == 0) {
                throw new IllegalArgumentException("explain: no readable formula in " + backgroundFile + " to form the baseline");
            }
            baselineText = "baseline = mean of " + background.rowCount() + " rows of " + backgroundFile.getFileName();
        }
        long[] failed = {0};
        List<String> atBaseline = new ArrayList<>();
        long rows;
        try (CsvReader reader = CsvReader.open(source); AtomicOutput out = AtomicOutput.open(target)) {
            rows = CsvTransform.run(reader, new CsvWriter(out.writer()), CHUNK_ROWS,
                    header -> new LocalStep(predictor, assembly, background, attributionOptions, top,
                            CsvTransform.columnIndex(header, formulaColumn), failed, atBaseline),
                    progress::update);
            out.commit();
        }
        progress.finish();
        return "explained " + (rows - failed[0]) + " of " + rows + " rows (top " + top + " features each, " + baselineText + ") into " + target
                + (failed[0] > 0 ? "; " + failed[0] + " rows could not be read (see column error)" : "") + baselineWarning(atBaseline);
    }

    /** @return a warning naming the rows whose features equal the baseline, empty when none */
    private static String baselineWarning(List<String> atBaseline) {
        if (atBaseline.isEmpty()) {
            return "";
        }
        List<String> named = atBaseline.subList(0, Math.min(5, atBaseline.size()));
        return "\nwarning: " + atBaseline.size() + (atBaseline.size() == 1 ? " row equals" : " rows equal") + " the baseline, so "
                + (atBaseline.size() == 1 ? "its" : "their") + " attributions are all zero: " + String.join(", ", named)
                + (atBaseline.size() > named.size() ? ", …" : "") + " (give --background with other compositions)";
    }

    private String importance(Options options, PropertyPredictor predictor, CompositeFeaturizer assembly, Path input,
            Path output, String formulaColumn) throws IOException {
        String targetColumn = options.targetColumn;
        if (targetColumn == null || targetColumn.isBlank()) {
            throw new ParameterException(Cli.commandLine(options), "explain: --mode importance needs --target-column (see: explain --help)");
        }
        CommandFiles files = CommandFiles.of("explain");
        Path source = files.input(input, "file");
        Path target = files.output(output, "output file", source);
        Map<String, Object> importanceOptions = new LinkedHashMap<>();
        importanceOptions.put("repeats", positive("repeats", options.repeats));
        importanceOptions.put("seed", options.seed == null ? "0" : options.seed);
        Explanations.IMPORTANCE_OPTIONS.require("explain", Parameters.of(importanceOptions));
        Labelled data = read(source, formulaColumn, targetColumn, assembly, Integer.MAX_VALUE);
        if (data.features.rowCount() < 2) {
            throw new IllegalArgumentException("explain: " + input + " has fewer than 2 rows with a formula and a '" + targetColumn + "' value");
        }
        TaskContext context = new TaskContext() {
            @Override
            public void progress(double fraction, String message) {
                percent.update(Math.round(fraction * 100));
            }

            @Override
            public void log(String message) {
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
        GlobalExplanation explanation = explainer.importance(predictor, data.features, data.targets,
                Parameters.of(importanceOptions), context);
        percent.finish();
        try (AtomicOutput out = AtomicOutput.open(target)) {
            CsvWriter writer = new CsvWriter(out.writer());
            writer.write("kind", "name", "members", "importance", "std", "ci95");
            write(writer, "group", explanation.groups(), explanation.repeats());
            write(writer, "feature", explanation.features(), explanation.repeats());
            out.commit();
        }
        StringBuilder summary = new StringBuilder("permutation importance (" + explanation.metric() + " increase, baseline "
                + format(explanation.baseline()) + ", " + explanation.repeats() + " repeats, " + data.features.rowCount()
                + " rows) into " + target + "; top groups:");
        for (Importance group : explanation.groups().subList(0, Math.min(5, explanation.groups().size()))) {
            summary.append(String.format(Locale.ROOT, "%n  %-45s %.4f ± %.4f", group.name(), group.importance(),
                    group.confidence95(explanation.repeats())));
        }
        return summary.toString();
    }

    private static void write(CsvWriter writer, String kind, List<Importance> importances, int repeats) throws IOException {
        for (Importance i : importances) {
            writer.write(kind, i.name(), Integer.toString(i.members()), format(i.importance()), format(i.std()),
                    format(i.confidence95(repeats)));
        }
    }

    private static Parameters attributionOptions(Options options) {
        Map<String, Object> out = new LinkedHashMap<>();
        String[][] given = {{"method", options.method}, {"steps", options.steps}, {"samples", options.samples}, {"seed", options.seed}};
        for (String[] g : given) {
            if (g[1] != null) {
                out.put(g[0], g[1]);
            }
        }
        return Parameters.of(out);
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("explain: --" + name + " must be a positive whole number, got '" + value + "'");
    }

    /** Readable rows of a CSV file: features (and targets when a target column is named). */
    private record Labelled(FeatureMatrix features, double[] targets) {
    }

    private static Labelled read(Path file, String formulaColumn, String targetColumn, CompositeFeaturizer assembly, int limit)
            throws IOException {
        int width = assembly.labels().size();
        List<double[]> rows = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(file)) {
            String[] header = reader.next();
            if (header == null) {
                throw new IllegalArgumentException("explain: " + file + " is empty");
            }
            int formula = CsvTransform.columnIndex(header, formulaColumn);
            int target = targetColumn == null ? -1 : CsvTransform.columnIndex(header, targetColumn);
            for (String[] record = reader.next(); record != null && rows.size() < limit; record = reader.next()) {
                if (record.length > header.length) {
                    throw new IllegalArgumentException("explain: " + reader.where() + "line " + reader.recordLine() + " has "
                            + record.length + " fields, the header " + header.length + " (a field holding a comma must be in double quotes)");
                }
                double value = Double.NaN;
                if (target >= 0) {
                    value = target < record.length ? parse(record[target]) : Double.NaN;
                    if (Double.isNaN(value)) {
                        continue;
                    }
                }
                double[] row = new double[width];
                try {
                    assembly.featurize(Composition.parse(formula < record.length ? record[formula] : ""), row, 0);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                rows.add(row);
                targets.add(value);
            }
        }
        double[] data = new double[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, data, r * width, width);
        }
        return new Labelled(FeatureMatrix.wrap(assembly.labels(), rows.size(), data),
                targets.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double parse(String text) {
        try {
            return text == null || text.isBlank() ? Double.NaN : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String format(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }

    /** Explains one chunk of rows. */
    private final class LocalStep extends FeaturizingStep {
        private final PropertyPredictor predictor;
        private final FeatureMatrix background;
        private final Parameters attributionOptions;
        private final int top;
        private final long[] failed;
        private final List<String> atBaseline;
        private final double[] baseline;
        private long seen;

        LocalStep(PropertyPredictor predictor, CompositeFeaturizer assembly, FeatureMatrix background, Parameters attributionOptions,
                int top, int formulaColumn, long[] failed, List<String> atBaseline) {
            super(assembly, formulaColumn, columns(predictor, top));
            this.predictor = predictor;
            this.background = background;
            this.attributionOptions = attributionOptions;
            this.top = top;
            this.failed = failed;
            this.atBaseline = atBaseline;
            this.baseline = Baseline.columnMeans(background);
        }

        private static List<String> columns(PropertyPredictor predictor, int top) {
            List<String> columns = new ArrayList<>(List.of(predictor.target(), predictor.target() + "_std", "baseline", "method"));
            for (int k = 1; k <= top; k++) {
                columns.add("feature_" + k);
                columns.add("attribution_" + k);
            }
            return columns;
        }

        /** A formula that cannot be read is the row's error; anything else a featurizer throws stops the command. */
        @Override
        protected String[][] fields(Chunk chunk) {
            String[][] out = new String[chunk.rows()][];
            for (int r = 0; r < out.length; r++) {
                Optional<RuntimeException> failure = chunk.failure(r);
                if (failure.isPresent()) {
                    if (!(failure.get() instanceof IllegalArgumentException unreadable)) {
                        throw failure.get();
                    }
                    out[r] = failure(unreadable.getMessage());
                    failed[0]++;
                }
            }
            int[] readable = chunk.readable();
            if (readable.length == 0) {
                return out;
            }
            FeatureMatrix rows = chunk.readableRows();
            Prediction[] predictions = predictor.predict(rows, TaskContext.unobserved());
            List<LocalExplanation> explanations = explainer.attributions(predictor, rows, background, attributionOptions,
                    TaskContext.unobserved());
            for (int i = 0; i < readable.length; i++) {
                out[readable[i]] = fields(predictions[i], explanations.get(i));
                if (Baseline.equal(rows.row(i), baseline)) {
                    atBaseline.add("row " + (seen + readable[i] + 1));
                }
            }
            seen += chunk.rows();
            return out;
        }

        private String[] fields(Prediction prediction, LocalExplanation explanation) {
            String[] fields = new String[addedColumns().size()];
            java.util.Arrays.fill(fields, "");
            fields[0] = format(prediction.mean());
            fields[1] = format(prediction.std());
            fields[2] = format(explanation.baselinePrediction());
            fields[3] = explanation.method();
            double[] attributions = explanation.attributions();
            int[] best = explanation.top(top);
            for (int k = 0; k < best.length; k++) {
                fields[4 + 2 * k] = explanation.labels().get(best[k]);
                fields[5 + 2 * k] = format(attributions[best[k]]);
            }
            return fields;
        }

        private String[] failure(String message) {
            String[] fields = new String[addedColumns().size()];
            java.util.Arrays.fill(fields, "");
            fields[fields.length - 1] = message == null ? "unreadable formula" : message;
            return fields;
        }
    }
}
