package org.matforge.orchestrator.itest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matforge.commons.table.RowReader;
import org.matforge.commons.table.TableFiles;

/** What the itests share about runs: the small training steps of a test workflow, and reading a run's table files. */
final class RunFiles {
    /**
     * Steps {@code data} (expt-gap), {@code clean}, {@code features} (Magpie), {@code gap-model} (a 2-member, 4-epoch
     * mlp-ensemble of band_gap with a 20 % hold-out; the pre-issue-23 training settings, since with the cosine
     * defaults so tiny a model predicts under 1 eV for every sample) and {@code generator} (a 2-epoch GAN): small real models in seconds.
     */
    static final String TRAIN_STEPS = """
              {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
              {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"]},
              {"name": "features", "type": "featurize", "input": "clean", "featurizers": ["magpie"]},
              {"name": "gap-model", "type": "train-predictor", "input": "features", "trainer": "mlp-ensemble", "target": "band_gap",
               "unit": "eV", "holdout": 0.2, "parameters": {"members": 2, "epochs": 4, "patience": 2, "layers": "16",
               "batch": 64, "schedule": "constant", "learningRate": 0.001, "init": "xavier"}},
              {"name": "generator", "type": "train-generator", "input": "clean", "trainer": "gan",
               "parameters": {"epochs": 2, "batch": 32, "noise": 8, "generatorLayers": "32", "discriminatorLayers": "32"}},
            """;

    private RunFiles() {
    }

    /** @return the rows of a table file (CSV or Parquet, by extension), each by column name in header order, empty cells as "" */
    static List<Map<String, String>> table(Path file) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (RowReader r = TableFiles.open(file)) {
            String[] header = r.next();
            for (String[] row = r.next(); row != null; row = r.next()) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], i < row.length && row[i] != null ? row[i] : "");
                }
                rows.add(m);
            }
        }
        return rows;
    }
}
