package org.matforge.explain.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.featurizers.lib.MagpieFeaturizer;
import org.matforge.predictors.lib.ensemble.EnsembleSettings;
import org.matforge.predictors.lib.ensemble.EnsembleTraining;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.task.TaskContext;

/** A small real MLP ensemble trained on Magpie features of matbench_expt_gap rows from the shared data folder. */
public final class TrainedGapModel {
    /** The Magpie featurizer over the product's element table. */
    public static final MagpieFeaturizer MAGPIE = new MagpieFeaturizer(ElementTable.load());

    private TrainedGapModel() {
    }

    /** @return the shared data folder */
    public static Path sharedData() {
        String configured = System.getProperty("matforge.shared.data");
        Path p = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.dir"), "..", "..", "..", "shared", "data");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared data not found at " + p.toAbsolutePath().normalize());
        }
        return p;
    }

    /** Formulas and band gaps of the first {@code limit} rows of matbench_expt_gap. */
    public record Rows(List<String> formulas, double[] gaps, FeatureMatrix magpie) {
    }

    /** @return the first {@code limit} rows with their Magpie features */
    public static Rows rows(int limit) {
        try (var lines = Files.lines(sharedData().resolve("matbench/expt_gap.csv"))) {
            List<String> formulas = new ArrayList<>();
            List<Double> gaps = new ArrayList<>();
            lines.skip(1).limit(limit).forEach(line -> {
                int comma = line.lastIndexOf(',');
                formulas.add(line.substring(0, comma));
                gaps.add(Double.parseDouble(line.substring(comma + 1)));
            });
            FeatureMatrix x = MAGPIE.featurizeAll(formulas.stream().map(Composition::parse).toList(), TaskContext.unobserved());
            return new Rows(formulas, gaps.stream().mapToDouble(Double::doubleValue).toArray(), x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a 2-member ensemble trained briefly on the rows */
    public static MlpEnsemble train(Rows rows) {
        PredictionTask task = new PredictionTask("gap-explain-test", "band_gap", "eV", false, List.of("magpie"), Map.of("magpie", "1"));
        EnsembleSettings settings = EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("members", 2, "epochs", 20,
                "patience", 6, "layers", "48,24", "seed", 11)));
        return EnsembleTraining.train(rows.magpie(), rows.gaps(), task, settings, TaskContext.unobserved());
    }
}
