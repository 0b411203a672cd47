package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.itest.support.ModelBundles;
import org.matforge.itest.support.Waiting;
import org.matforge.orchestrator.itest.plugins.KnnTrainer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.task.TaskContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A model file written by a third-party trainer with nothing but the SDK — the test plug-in's k-NN model saves itself
 * with the public {@link ModelFile} container, and its {@code knn} model loader reads it back — is loaded by the
 * platform in all three ways a model file reaches it: a workflow's {@code load-predictor} {@code file}, a model
 * bundle ({@code MatForge-Models} header) and {@code mf:explain --model file}; each predicts what the trained model
 * predicts.
 */
class VendorModelFileIT {
    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final String VENDOR = "org.matforge.itest.knn.models";
    private static final String LOAD = """
            {"schema": 1, "name": "vendor-knn", "seed": 3, "steps": [
              {"name": "data", "type": "load", "source": "test-csv", "parameters": {"path": "matbench/expt_gap.csv", "target": "band_gap", "rows": 300}},
              {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"]},
              {"name": "generator", "type": "train-generator", "input": "clean", "trainer": "element-mix"},
              {"name": "sampled", "type": "sample", "generator": "generator", "count": 60},
              {"name": "gap-model", "type": "load-predictor", "file": "%s"},
              {"name": "predicted", "type": "predict", "input": "sampled", "predictors": ["gap-model"]},
              {"name": "report", "type": "report", "input": "predicted"}
            ]}
            """;

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin admin;

    @InjectService
    CommandProcessor processor;

    @InjectService(filter = "(matforge.id=magpie)", timeout = 30_000)
    Featurizer magpie;

    private Orchestration orchestration;
    private Path folder;
    private TrainedPredictor trained;
    private Path file;

    @BeforeEach
    void trainAndSave() throws Exception {
        orchestration = Orchestration.start(context, admin, 10);
        folder = Files.createDirectories(orchestration.runs.resolveSibling(orchestration.runs.getFileName() + "-vendor"));
        List<String> rows = Files.readAllLines(Path.of(System.getProperty("matforge.shared.data"), "matbench", "expt_gap.csv"))
                .subList(1, 401);
        List<Composition> formulas = new ArrayList<>();
        double[] gaps = new double[rows.size()];
        for (String row : rows) {
            String[] f = row.split(",");
            gaps[formulas.size()] = Double.parseDouble(f[1]);
            formulas.add(Composition.parse(f[0]));
        }
        PredictionTask task = new PredictionTask("vendor-gap", "band_gap", "eV", false, List.of("magpie"), Map.of("magpie", "1"));
        trained = new KnnTrainer().train(magpie.featurizeAll(formulas, TaskContext.unobserved()), gaps, task,
                Parameters.of(Map.of("k", 4)), TaskContext.unobserved());
        file = folder.resolve("vendor-gap.mfm");
        try (OutputStream out = Files.newOutputStream(file)) {
            trained.save(out);
        }
        assertEquals("knn", ModelFile.read(new ByteArrayInputStream(Files.readAllBytes(file))).metadata().trainer(),
                "a public model file, readable with the SDK alone");
    }

    @AfterEach
    void stop() throws Exception {
        orchestration.close();
    }

    @Test
    void aWorkflowLoadsTheFileWithItsTrainersLoaderAndPredictsAsTheTrainedModel() throws Exception {
        RunSummary run = orchestration.service().await(orchestration.service().submit(LOAD.formatted(file)), LIMIT);
        assertEquals(RunStatus.SUCCEEDED, run.status(), run.message());
        List<String> csv = Files.readAllLines(run.directory().resolve("candidates.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        int formula = header.indexOf("formula");
        int gap = header.indexOf("band_gap");
        assertTrue(formula >= 0 && gap >= 0 && csv.size() > 10, csv.get(0) + ", " + csv.size() + " lines");
        List<Composition> candidates = new ArrayList<>();
        double[] loaded = new double[csv.size() - 1];
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            loaded[candidates.size()] = Double.parseDouble(f[gap]);
            candidates.add(Composition.parse(f[formula]));
        }
        Prediction[] expected = trained.predict(magpie.featurizeAll(candidates, TaskContext.unobserved()), TaskContext.unobserved());
        for (int r = 0; r < loaded.length; r++) {
            assertEquals(expected[r].mean(), loaded[r], "the loaded model predicts " + candidates.get(r) + " as the trained one");
        }
        JsonObject step = JsonParser.parseString(Files.readString(run.directory().resolve("run.json"))).getAsJsonObject()
                .getAsJsonArray("steps").get(4).getAsJsonObject();
        JsonObject loader = step.getAsJsonArray("plugins").get(0).getAsJsonObject();
        assertEquals("model-loader", loader.get("kind").getAsString());
        assertEquals("knn", loader.get("id").getAsString());
        assertEquals("org.matforge.orchestrator.itest", loader.get("bundle").getAsString(), "the third party's loader read it");
    }

    @Test
    void aModelBundleShippingTheFileRegistersAPredictorThatPredictsAsTheTrainedModel() throws Exception {
        FeatureMatrix probe = magpie.featurizeAll(List.of(Composition.parse("GaN"), Composition.parse("ZnO"), Composition.parse("NaCl")),
                TaskContext.unobserved());
        ServiceTracker<PropertyPredictor, PropertyPredictor> tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(objectClass=" + PropertyPredictor.class.getName() + ")(matforge.model.bundle=" + VENDOR + "))"), null);
        tracker.open();
        Bundle vendor = context.installBundle("itest:" + VENDOR, ModelBundles.jar(VENDOR, "models/gap.mfm",
                Map.of("models/gap.mfm", Files.readAllBytes(file))));
        try {
            vendor.start();
            Waiting.until(() -> !tracker.isEmpty(), LIMIT, "the model bundle's k-NN predictor is registered");
            assertEquals("vendor-gap", tracker.getServiceReference().getProperty("matforge.id"));
            assertEquals("knn", tracker.getServiceReference().getProperty("matforge.trainer"));
            Prediction[] expected = trained.predict(probe, TaskContext.unobserved());
            Prediction[] shipped = tracker.getService().predict(probe, TaskContext.unobserved());
            for (int r = 0; r < expected.length; r++) {
                assertEquals(expected[r], shipped[r]);
            }
        } finally {
            tracker.close();
            vendor.uninstall();
        }
    }

    @Test
    void explainReadsTheFileWithItsTrainersLoader() throws Exception {
        Path input = Files.writeString(folder.resolve("candidates.csv"), "formula\nGaN\nZnO\nNaCl\n");
        Path output = folder.resolve("explained.csv");
        execute("mf:explain --model " + file + " --input " + input + " --formula-column formula --output " + output + " --top 3");
        List<String> lines = Files.readAllLines(output);
        assertEquals(4, lines.size(), String.join("\n", lines));
        List<String> header = List.of(lines.get(0).split(","));
        int gap = header.indexOf("band_gap");
        Prediction[] expected = trained.predict(magpie.featurizeAll(List.of(Composition.parse("GaN"), Composition.parse("ZnO"),
                Composition.parse("NaCl")), TaskContext.unobserved()), TaskContext.unobserved());
        for (int r = 0; r < expected.length; r++) {
            assertEquals(String.format(Locale.ROOT, "%.6g", expected[r].mean()), lines.get(r + 1).split(",")[gap], lines.get(r + 1));
        }
    }

    private void execute(String line) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
                new PrintStream(err, true))) {
            session.execute(line);
        } catch (Exception e) {
            throw new AssertionError(line + " failed: " + e.getMessage() + "\n" + err.toString(StandardCharsets.UTF_8), e);
        }
    }
}
