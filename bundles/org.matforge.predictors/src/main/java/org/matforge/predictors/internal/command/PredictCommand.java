package org.matforge.predictors.internal.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.commons.cli.CommandFiles;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.PredictorOption;
import org.matforge.commons.cli.ProgressLine;
import org.matforge.commons.csv.CsvTransform;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.commons.features.FeaturizingStep;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.predictor.DomainAwarePredictor;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.task.TaskContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code predict --model <file.mfm | run id/model name | predictor id> --input X.csv [--formula-column C] --output Y.csv}:
 * streams the input table in chunks, featurizes each chunk's formulas with the featurizers the model was trained with
 * and writes every input column followed by the prediction {@code <target>}, its uncertainty {@code <target>_std}
 * (σ), for a model that knows its applicability domain {@code <target>_domain_distance} and {@code <target>_in_domain}
 * ({@code true}/{@code false}), and {@code error}. A row whose formula cannot be read keeps its place with empty
 * predictions and the reason in {@code error}; the command does not stop for it. Input and output may be CSV (any of
 * {@code , ; tab}), TSV, JSON lines or Parquet, by extension.
 */
public final class PredictCommand {
    /** Records per chunk. */
    public static final int CHUNK_ROWS = 4096;
    /** What the command does, in one line. */
    public static final String SUMMARY = "predict a trained model's property (with sigma and applicability domain) for the formulas of a table file";

    /** What to predict, as the command line gives it. */
    public record Request(String model, Path input, Path output, String formulaColumn) {
    }

    private final Function<String, PredictorOption.Named> models;
    private final Function<String, Featurizer> featurizers;
    private final Collection<String> featurizerIds;
    private final ProgressLine progress;

    /**
     * @param models        the {@code --model} value → the predictor (see {@link PredictorOption})
     * @param featurizers   featurizer id → featurizer, null when not installed
     * @param featurizerIds installed featurizer ids, for messages
     * @param terminal      where progress goes (stderr)
     */
    public PredictCommand(Function<String, PredictorOption.Named> models, Function<String, Featurizer> featurizers,
            Collection<String> featurizerIds, PrintStream terminal) {
        this.models = models;
        this.featurizers = featurizers;
        this.featurizerIds = featurizerIds;
        this.progress = new ProgressLine("predict", terminal);
    }

    /**
     * @param args the command line
     * @return a one-line summary
     * @throws IllegalArgumentException with a one-line message on wrong options or input
     * @throws IOException when reading or writing fails
     */
    public String run(String... args) throws IOException {
        return Cli.run(new Options(), args, options -> predict(new Request(options.model, options.input, options.output, options.formulaColumn)));
    }

    /** The command line. */
    @Command(name = "predict", description = SUMMARY, footerHeading = "%nExamples:%n",
            footer = {"  predict --model runs/<id>/models/gap-model.mfm --input mine.csv --output predicted.csv",
                    "  predict --model formation-energy --input mine.parquet --formula-column composition --output predicted.jsonl"})
    static final class Options {
        @Option(names = "--model", required = true, paramLabel = "MODEL",
                description = "a model file (.mfm), <run id>/<model name>, or an installed predictor's id (see: plugins)")
        String model;
        @Option(names = "--input", required = true, paramLabel = "FILE", description = "table with a formula column: CSV (, ; or tab), TSV, JSON lines or Parquet, by extension")
        Path input;
        @Option(names = "--output", required = true, paramLabel = "FILE",
                description = "table to write, format by extension: the input columns, the prediction, its _std, the domain columns, error")
        Path output;
        @Option(names = "--formula-column", paramLabel = "COLUMN", description = "the input's formula column")
        String formulaColumn = "formula";
    }

    /**
     * @return a one-line summary: rows, unreadable rows, rows outside the applicability domain, where the output is
     * @throws IllegalArgumentException with a one-line message when the model, its featurizers or the input do not fit
     */
    public String predict(Request request) throws IOException {
        PredictorOption.Named model = models.apply(request.model());
        PropertyPredictor predictor = model.predictor();
        CompositeFeaturizer features = featuresOf(predictor);
        CommandFiles files = CommandFiles.of("predict");
        Path source = files.input(request.input(), "input file");
        Path target = files.output(request.output(), "output file", source);
        long[] counts = new long[2];
        long rows;
        try {
            rows = CsvTransform.run(source, null, target, CHUNK_ROWS,
                    header -> new Step(features, predictor, CsvTransform.columnIndex(header, request.formulaColumn()), columns(header, predictor),
                            counts), progress::update);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("predict: no such file " + e.getFile());
        }
        progress.finish();
        return String.format(Locale.ROOT, "predicted %s for %,d rows with %s into %s%s%s", predictor.target(), rows, model.name(),
                request.output(), counts[0] > 0 ? String.format(Locale.ROOT, "; %,d rows could not be read (see column error)", counts[0]) : "",
                counts[1] > 0 ? String.format(Locale.ROOT, "; %,d outside the applicability domain (%s_in_domain false)", counts[1],
                        predictor.target()) : "");
    }

    private CompositeFeaturizer featuresOf(PropertyPredictor predictor) {
        CompositeFeaturizer features;
        try {
            features = CompositeFeaturizer.of(predictor.featurizers(), featurizers, featurizerIds);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("predict: the model needs featurizers " + predictor.featurizers() + ": " + e.getMessage(), e);
        }
        if (!features.labels().equals(predictor.featureLabels())) {
            throw new IllegalArgumentException("predict: the installed featurizers " + predictor.featurizers() + " give "
                    + features.labels().size() + " features that differ from the " + predictor.featureLabels().size()
                    + " the model was trained on (a different featurizer version?)");
        }
        return features;
    }

    private static boolean hasDomain(PropertyPredictor predictor) {
        return predictor instanceof DomainAwarePredictor aware && Double.isFinite(aware.domainThreshold());
    }

    /** @return the added columns before {@code error}; prefixed {@code predicted_} when the input has one of those names */
    static List<String> columns(String[] header, PropertyPredictor predictor) {
        String t = predictor.target();
        List<String> names = new ArrayList<>(List.of(t, t + "_std"));
        if (hasDomain(predictor)) {
            names.addAll(List.of(t + "_domain_distance", t + "_in_domain"));
        }
        List<String> input = Arrays.asList(header);
        if (names.stream().anyMatch(input::contains)) {
            names.replaceAll(n -> "predicted_" + n);
        }
        return names;
    }

    /** Featurizes one chunk (rows in parallel), predicts the readable rows at once and formats each row. */
    private static final class Step extends FeaturizingStep {
        private final PropertyPredictor predictor;
        private final int width;
        private final long[] counts;

        Step(CompositeFeaturizer features, PropertyPredictor predictor, int formulaColumn, List<String> columns, long[] counts) {
            super(features, formulaColumn, columns);
            this.predictor = predictor;
            this.width = columns.size() + 1;
            this.counts = counts;
        }

        @Override
        protected String[][] fields(Chunk chunk) {
            String[][] out = new String[chunk.rows()][];
            int[] readable = chunk.readable();
            FeatureMatrix x = chunk.readableRows();
            Prediction[] p = readable.length == 0 ? new Prediction[0] : predictor.predict(x, TaskContext.unobserved());
            double[] distance = readable.length > 0 && hasDomain(predictor)
                    ? ((DomainAwarePredictor) predictor).domainDistances(x, TaskContext.unobserved()) : null;
            for (int r = 0; r < out.length; r++) {
                out[r] = new String[width];
                Arrays.fill(out[r], "");
                int finalR = r;
                chunk.failure(r).ifPresent(e -> out[finalR][width - 1] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            counts[0] += chunk.rows() - readable.length;
            for (int i = 0; i < readable.length; i++) {
                String[] row = out[readable[i]];
                row[0] = number(p[i].mean());
                row[1] = number(p[i].std());
                if (distance != null) {
                    boolean in = distance[i] <= ((DomainAwarePredictor) predictor).domainThreshold();
                    row[2] = number(distance[i]);
                    row[3] = Boolean.toString(in);
                    counts[1] += in ? 0 : 1;
                }
            }
            return out;
        }

        private static String number(double v) {
            return Double.isNaN(v) ? "" : Double.toString(v);
        }
    }
}
