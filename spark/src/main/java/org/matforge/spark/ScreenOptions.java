package org.matforge.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.matforge.api.chem.Composition;

import picocli.CommandLine.Option;

/** The options of the screening that {@code screen} and {@code generate} share. */
final class ScreenOptions {
    @Option(names = {"-m", "--model"}, description = "predictor model file (.mfm); repeatable, predicted in order")
    List<Path> models = new ArrayList<>();

    @Option(names = "--known", description = "known compounds for the novelty screen: CSV with a header row, or Parquet")
    String known;

    @Option(names = "--known-column", defaultValue = "formula", description = "formula column of --known (default: ${DEFAULT-VALUE})")
    String knownColumn = "formula";

    @Option(names = "--novelty-tolerance", defaultValue = "0", description = "L1 distance of element fractions above which a formula is novel (default: ${DEFAULT-VALUE})")
    double noveltyTolerance;

    @Option(names = "--validity", defaultValue = "icsd24", description = "oxidation-state set of the SMACT validity screen, or 'none' (default: ${DEFAULT-VALUE})")
    String validity = "icsd24";

    @Option(names = "--min-elements", defaultValue = "0", description = "element-count screen: fewest distinct elements (default: 0, no screen)")
    int minElements;

    @Option(names = {"-w", "--window"}, description = "property window target:min:max[:mode[:k]] (empty bound: none), e.g. band_gap:3: ; repeatable")
    List<String> windows = new ArrayList<>();

    @Option(names = "--keep-unknown", description = "keep candidates a screen cannot decide on (as a workflow screen's keepUnknown)")
    boolean keepUnknown;

    @Option(names = "--batch", defaultValue = "4096", description = "rows per batch within a partition (default: ${DEFAULT-VALUE})")
    int batch = 4096;

    /** @return the settings @throws IllegalArgumentException naming the option that is wrong */
    ScreenSettings settings() {
        List<ScreenSettings.Window> w = windows.stream().map(ScreenSettings.Window::parse).toList();
        return new ScreenSettings("none".equals(validity) ? null : validity, minElements, noveltyTolerance, w, keepUnknown, batch);
    }

    /** @return {@link #job()} then {@link #withKnown} */
    ScreenJob job(SparkSession spark) throws IOException {
        return withKnown(job(), spark);
    }

    /** @return the job: settings checked and model files read and loaded before Spark starts, known formulas added later */
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
        ScreenJob job = new ScreenJob(settings(), names, files, List.of());
        job.load(); // a bad model file fails here, with its name
        return job;
    }

    /** @return the job with the known formulas of {@code --known}, collected on the driver */
    ScreenJob withKnown(ScreenJob job, SparkSession spark) {
        List<String> formulas = new ArrayList<>();
        if (known != null) {
            for (InputRow r : SparkJobs.read(spark, known, knownColumn).collect()) {
                if (r.text() != null && !r.text().isBlank()) {
                    try {
                        Composition.parse(r.text().trim());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--known " + known + " row " + r.position() + ": \"" + r.text().trim()
                                + "\" is not a formula: " + e.getMessage(), e);
                    }
                    formulas.add(r.text().trim());
                }
            }
        }
        return new ScreenJob(job.settings(), job.modelNames(), job.modelFiles(), formulas);
    }
}
