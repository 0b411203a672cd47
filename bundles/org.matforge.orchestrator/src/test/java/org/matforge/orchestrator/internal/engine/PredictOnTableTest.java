package org.matforge.orchestrator.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.chem.Composition;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.csv.CsvTransform;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.commons.io.FileRoots;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.orchestrator.internal.store.ProcessIdentity;
import org.matforge.orchestrator.internal.store.RunStore;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/**
 * Issue 19: "the predict step refuses a table" — a predict step on a load step's table, with the formation-energy model
 * the model bundle {@code org.matforge.models.eform} ships, predicts every row; its candidates are the table's formulas.
 */
class PredictOnTableTest {
    private static final Path MODEL = Path.of("..", "org.matforge.models.eform", "models", "formation-energy.mfm").toAbsolutePath().normalize();
    private static final Duration LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path root;

    private Orchestrator orchestrator;
    private String rootsBefore;

    @BeforeEach
    void start() throws Exception {
        rootsBefore = System.getProperty(FileRoots.ROOTS_PROPERTY);
        FileRoots.allow(root);
        FileRoots.allow(MODEL.getParent());
        Map<PluginKind, Map<String, Object>> services = new HashMap<>();
        services.put(PluginKind.DATA_SOURCE, Map.of("expt-gap", InProcessPlugins.EXPT_GAP));
        services.put(PluginKind.FEATURIZER, Map.copyOf(StandardFeaturizers.create(ElementTable.load())));
        services.put(PluginKind.MODEL_LOADER, Map.of(MlpEnsemble.TRAINER, (ModelLoader) in -> MlpEnsemble.read(ModelFile.read(in))));
        InProcessPlugins plugins = new InProcessPlugins(services);
        orchestrator = new Orchestrator(new Settings(root.resolve("runs"), 1, Duration.ZERO), plugins, plugins, e -> { }, Clock.systemUTC(),
                new RunStore(root.resolve("runs"), ProcessIdentity.current()));
    }

    @AfterEach
    void stop() throws Exception {
        orchestrator.close();
        if (rootsBefore == null) {
            System.clearProperty(FileRoots.ROOTS_PROPERTY);
        } else {
            System.setProperty(FileRoots.ROOTS_PROPERTY, rootsBefore);
        }
    }

    @Test
    void aPredictStepOnATablePredictsEveryRow() throws Exception {
        String workflow = """
                {"schema": 1, "name": "predict-table", "steps": [
                  {"name": "data", "type": "load", "source": "expt-gap", "parameters": {"rows": 40}},
                  {"name": "eform", "type": "load-predictor", "file": "%s"},
                  {"name": "predicted", "type": "predict", "input": "data", "predictors": ["eform"]},
                  {"name": "report", "type": "report", "input": "predicted"}
                ]}""".formatted(MODEL);
        RunSummary end = orchestrator.await(orchestrator.submit(workflow), LIMIT);
        assertEquals(RunStatus.SUCCEEDED, end.status(), end.message());

        List<String[]> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(end.directory().resolve("candidates.csv"))) {
            for (String[] r = csv.next(); r != null; r = csv.next()) {
                rows.add(r);
            }
        }
        String[] header = rows.get(0);
        int formula = CsvTransform.columnIndex(header, "formula");
        int origin = CsvTransform.columnIndex(header, "origin");
        int energy = CsvTransform.columnIndex(header, "formation_energy");
        assertEquals(41, rows.size(), "every row of the table is a candidate");

        List<String> expected = Files.readAllLines(InProcessPlugins.SHARED.resolve("matbench").resolve("expt_gap.csv")).subList(1, 41);
        MlpEnsemble model;
        try (InputStream in = Files.newInputStream(MODEL)) {
            model = MlpEnsemble.read(ModelFile.read(in));
        }
        Map<String, Featurizer> standard = StandardFeaturizers.create(ElementTable.load());
        List<Composition> compositions = expected.stream().map(l -> Composition.parse(l.split(",")[0])).toList();
        Prediction[] p = model.predict(CompositeFeaturizer.of(model.featurizers(), standard::get, standard.keySet())
                .featurizeAll(compositions, TaskContext.unobserved()), TaskContext.unobserved());
        Map<Composition, Double> byComposition = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            byComposition.put(compositions.get(i), p[i].mean());
        }
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals("data", row[origin], "a table's rows come from its step");
            Composition c = Composition.parse(row[formula]);
            assertTrue(byComposition.containsKey(c), row[formula]);
            assertEquals(byComposition.get(c), Double.parseDouble(row[energy]), 1e-6, row[formula]);
        }
    }

    @Test
    void aPredictStepOnAFeatureMatrixNamesWhatItTakes() throws IOException {
        String workflow = """
                {"schema": 1, "name": "predict-features", "steps": [
                  {"name": "data", "type": "load", "source": "expt-gap", "parameters": {"rows": 10}},
                  {"name": "features", "type": "featurize", "input": "data", "featurizers": ["magpie"]},
                  {"name": "eform", "type": "load-predictor", "file": "%s"},
                  {"name": "predicted", "type": "predict", "input": "features", "predictors": ["eform"]}
                ]}""".formatted(MODEL);
        String problems = orchestrator.validate(workflow).toString();
        assertTrue(problems.contains("'features' (steps[1], featurize) gives a feature matrix, not a candidate set or table"), problems);
    }
}
