package org.matforge.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.matforge.api.chem.Composition;
import org.matforge.stability.lib.StabilityScreening;

import picocli.CommandLine.Option;

/** The options of the screening that {@code screen} and {@code generate} share. */
final class ScreenOptions {
    @Option(names = {"-m", "--model"}, description = "predictor model file (.mfm); repeatable, predicted in order")
    List<Path> models = new ArrayList<>();

    @Option(names = "--known", description = "known compounds for the novelty screen: CSV with a header row, or Parquet")
    String known;

    @Option(names = "--known-column", defaultValue = "formula", description = "formula column of --known (default: ${DEFAULT-VALUE})")
    String knownColumn = "formula";

    @Option(names = "--known-origin-column", description = "column of --known naming where each formula is from, as novelty reasons say"
            + " (default: the file's name)")
    String knownOriginColumn;

    @Option(names = "--novelty-tolerance", defaultValue = "0", description = "L1 distance of element fractions above which a formula is novel (default: ${DEFAULT-VALUE})")
    double noveltyTolerance;

    @Option(names = "--validity", defaultValue = "icsd24", description = "oxidation-state set of the SMACT validity screen, or 'none' (default: ${DEFAULT-VALUE})")
    String validity = "icsd24";

    @Option(names = "--min-elements", defaultValue = "0", description = "element-count screen: fewest distinct elements (default: 0, no screen)")
    int minElements;

    @Option(names = "--hull", description = "known phases for the stability screen (energy above their convex hull): a table of formulas and"
            + " formation energies in eV/atom, CSV with a header row or Parquet; giving it adds the screen after the predictions")
    String hull;

    @Option(names = "--hull-column", defaultValue = "formula", description = "formula column of --hull (default: ${DEFAULT-VALUE})")
    String hullColumn = "formula";

    @Option(names = "--hull-energy-column", description = "formation-energy column of --hull, eV/atom (default: e_form, else formation_energy)")
    String hullEnergyColumn;

    @Option(names = "--stability-threshold", defaultValue = "0.1", description = "stability: passes when e_above_hull − k·σ is at most this, eV/atom (default: ${DEFAULT-VALUE})")
    double stabilityThreshold = 0.1;

    @Option(names = "--stability-k", defaultValue = "0", description = "stability: σ multiple (default: ${DEFAULT-VALUE})")
    double stabilityK;

    @Option(names = "--stability-target", description = "stability: the predicted formation energy, a --model's target (default: e_form, else formation_energy)")
    String stabilityTarget;

    @Option(names = {"-w", "--window"}, description = "property window target:min:max[:mode[:k]] (empty bound: none), e.g. band_gap:3: ; repeatable")
    List<String> windows = new ArrayList<>();

    @Option(names = "--keep-unknown", description = "keep candidates a screen cannot decide on (as a workflow screen's keepUnknown)")
    boolean keepUnknown;

    @Option(names = "--batch", defaultValue = "4096", description = "rows per batch within a partition (default: ${DEFAULT-VALUE})")
    int batch = 4096;

    /** @return the settings @throws IllegalArgumentException naming the option that is wrong */
    ScreenSettings settings() {
        List<ScreenSettings.Window> w = windows.stream().map(ScreenSettings.Window::parse).toList();
        ScreenSettings.Stability stability = hull == null ? null : new ScreenSettings.Stability(stabilityThreshold, stabilityK, stabilityTarget);
        return new ScreenSettings("none".equals(validity) ? null : validity, minElements, noveltyTolerance, stability, w, keepUnknown, batch);
    }

    /** @return {@link #job()} then {@link #withKnown} */
    ScreenJob job(SparkSession spark) throws IOException {
        return withKnown(job(), spark);
    }

    /** @return the job: settings checked and model files read and loaded before Spark starts, known formulas and phases added later */
    ScreenJob job() throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> files = new ArrayList<>();
        for (Path m : models) {
            try {
                files.add(Files.readAllBytes(m));
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("--model " + m + ": no such file");
            }
            names.add(m.toString());
        }
        ScreenSettings settings = settings();
        ScreenJob job = new ScreenJob(settings, names, files, List.of(), List.of(),
                settings.stability() == null ? null : new HullPhases("--hull", new String[0], new double[0]));
        job.load(); // a bad model file fails here, with its name
        return job;
    }

    /** @return the job with the known formulas of {@code --known} and the known phases of {@code --hull}, collected on the driver */
    ScreenJob withKnown(ScreenJob job, SparkSession spark) {
        List<String> formulas = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        if (known != null) {
            Dataset<Row> table = SparkJobs.table(spark, known);
            List<String> columns = List.of(table.columns());
            for (String c : knownOriginColumn == null ? List.of(knownColumn) : List.of(knownColumn, knownOriginColumn)) {
                if (!columns.contains(c)) {
                    throw new IllegalArgumentException("--known " + known + " has no column '" + c + "'; its columns are " + columns);
                }
            }
            String name = Path.of(known).getFileName().toString();
            List<Row> rows = table.select(table.col(knownColumn).cast(DataTypes.StringType),
                    table.col(knownOriginColumn == null ? knownColumn : knownOriginColumn).cast(DataTypes.StringType)).collectAsList();
            for (int i = 0; i < rows.size(); i++) {
                String text = rows.get(i).getString(0);
                if (text != null && !text.isBlank()) {
                    try {
                        Composition.parse(text.trim());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--known " + known + " row " + (i + 1) + ": \"" + text.trim()
                                + "\" is not a formula: " + e.getMessage(), e);
                    }
                    formulas.add(text.trim());
                    origins.add(knownOriginColumn == null || rows.get(i).isNullAt(1) ? name : rows.get(i).getString(1));
                }
            }
        }
        return new ScreenJob(job.settings(), job.modelNames(), job.modelFiles(), formulas, origins, hull == null ? null : phases(spark));
    }

    /** @return the formulas and energies of {@code --hull}; the energy column as the stability plug-in chooses it */
    private HullPhases phases(SparkSession spark) {
        Dataset<Row> table = SparkJobs.table(spark, hull);
        List<String> columns = List.of(table.columns());
        if (!columns.contains(hullColumn)) {
            throw new IllegalArgumentException("--hull " + hull + " has no column '" + hullColumn + "'; its columns are " + columns
                    + " (choose one with --hull-column)");
        }
        List<String> tried = hullEnergyColumn == null ? StabilityScreening.DEFAULT_TARGETS : List.of(hullEnergyColumn);
        String energy = tried.stream().filter(columns::contains).findFirst().orElseThrow(() -> new IllegalArgumentException("--hull "
                + hull + " has no column " + String.join(" or ", tried) + "; its columns are " + columns + " (choose one with --hull-energy-column)"));
        List<Row> rows = table.select(table.col(hullColumn).cast(DataTypes.StringType), table.col(energy).cast(DataTypes.DoubleType)).collectAsList();
        String[] formulas = new String[rows.size()];
        double[] energies = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            formulas[r] = row.isNullAt(0) ? null : row.getString(0);
            energies[r] = row.isNullAt(1) ? Double.NaN : row.getDouble(1);
        }
        HullPhases phases = new HullPhases("--hull " + hull, formulas, energies);
        phases.hull(); // a formula that is not one fails here, naming its row
        return phases;
    }
}
