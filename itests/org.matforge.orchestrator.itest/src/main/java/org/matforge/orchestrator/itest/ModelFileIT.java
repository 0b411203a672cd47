package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.api.workflow.WorkflowService;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * Models saved by one run are used by the next through {@code "file"}: a run trains the real mlp-ensemble predictor
 * and GAN (tiny settings) on the built-in band gaps and saves them; a second workflow, run with {@code mf:run} from a
 * file in another folder, loads both files by paths relative to that folder through the real model loaders, samples
 * with the same seed and predicts — the candidates and every prediction are the same to the last bit. A truncated
 * file and a file of the wrong kind fail with messages naming the step and the file.
 */
class ModelFileIT {
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final String TRAIN = """
            {"schema": 1, "name": "itest-train-save", "seed": 5, "steps": [
            """ + RunFiles.TRAIN_STEPS + """
              {"name": "sampled", "type": "sample", "generator": "generator", "count": 150, "seed": 11},
              {"name": "predicted", "type": "predict", "input": "sampled", "predictors": ["gap-model"]},
              {"name": "report", "type": "report", "input": "predicted"}
            ]}
            """;
    private static final String LOAD = """
            {"schema": 1, "name": "itest-load-files", "seed": 6, "steps": [
              {"name": "gap-model", "type": "load-predictor", "file": "%s"},
              {"name": "generator", "type": "load-generator", "file": "%s"},
              {"name": "sampled", "type": "sample", "generator": "generator", "count": 150, "seed": 11},
              {"name": "predicted", "type": "predict", "input": "sampled", "predictors": ["gap-model"]},
              {"name": "why", "type": "explain", "input": "predicted", "predictor": "gap-model", "top": 3, "candidates": 2},
              {"name": "report", "type": "report", "input": "predicted"}
            ]}
            """;

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin admin;

    @InjectService
    CommandProcessor processor;

    /** The training run, shared by the tests (its folder outlives each test's orchestrator configuration). */
    private static RunSummary trained;

    private Orchestration orchestration;
    private WorkflowService service;

    @BeforeEach
    void start() throws Exception {
        orchestration = Orchestration.start(context, admin, 10);
        service = orchestration.service();
    }

    @AfterEach
    void stop() throws Exception {
        orchestration.close();
    }

    private RunSummary trained() throws Exception {
        if (trained == null) {
            RunSummary run = service.await(service.submit(TRAIN), LIMIT);
            assertEquals(RunStatus.SUCCEEDED, run.status(), run.message());
            trained = run;
        }
        return trained;
    }

    @Test
    void modelsSavedByOneRunAreLoadedFromTheirFilesByTheNextAndPredictTheSame() throws Exception {
        RunSummary trained = trained();
        Path models = trained.directory().resolve("models");

        Path folder = Files.createDirectories(orchestration.runs.resolveSibling(orchestration.runs.getFileName() + "-reuse"));
        String relative = folder.relativize(models).toString().replace('\\', '/') + "/";
        assertTrue(relative.startsWith("../"), relative);
        Path file = Files.writeString(folder.resolve("reuse.json"), LOAD.formatted(relative + "gap-model.mfm", relative + "generator.mfm"));
        String printed = execute("mf:run " + file);
        Matcher id = Pattern.compile("run (\\S+) succeeded").matcher(printed);
        assertTrue(id.find(), printed);
        Path loadedRun = orchestration.runs.resolve(id.group(1));

        List<String> first = Files.readAllLines(trained.directory().resolve("candidates.csv"));
        List<String> second = Files.readAllLines(loadedRun.resolve("candidates.csv"));
        assertTrue(first.size() > 20, "the tiny GAN still gives candidates: " + first.size());
        assertTrue(first.get(0).startsWith("position,pareto_rank,formula,origin,band_gap,band_gap_std"), first.get(0));
        assertEquals(first, second, "the loaded GAN samples the same formulas with the same seed, and the loaded ensemble predicts every one"
                + " of them to the last bit (candidates.csv writes doubles with Double.toString)");

        JsonObject run = JsonParser.parseString(Files.readString(loadedRun.resolve("run.json"))).getAsJsonObject();
        JsonObject trainedRun = JsonParser.parseString(Files.readString(trained.directory().resolve("run.json"))).getAsJsonObject();
        JsonObject why = explainRecord(run);
        assertEquals(1, why.get("backgroundRows").getAsInt(), "a loaded predictor is explained against the training means its file keeps: " + why);
        boolean moved = false;
        for (JsonElement c : why.getAsJsonArray("candidates")) {
            JsonObject o = c.getAsJsonObject();
            moved |= o.get("prediction").getAsDouble() != o.get("baselinePrediction").getAsDouble();
        }
        assertTrue(moved, "the training-means baseline is not the explained rows themselves: " + why);
        for (String[] step : new String[][] {{"gap-model", "mlp-ensemble", "3"}, {"generator", "gan", "4"}}) {
            Path mfm = models.resolve(step[0] + ".mfm");
            JsonObject loaded = step(run, step[0]);
            assertEquals(mfm.toRealPath().toString(), Path.of(loaded.get("file").getAsString()).toRealPath().toString());
            assertEquals(sha256(Files.readAllBytes(mfm)), loaded.get("fileSha256").getAsString());
            JsonObject saved = trainedRun.getAsJsonArray("steps").get(Integer.parseInt(step[2])).getAsJsonObject();
            assertEquals(saved.get("fileSha256").getAsString(), loaded.get("fileSha256").getAsString(), "the training run recorded the same hash");
            assertEquals(saved.get("model"), loaded.get("model"), "the model's metadata is recorded as the training run recorded it");
            JsonObject loader = loaded.getAsJsonArray("plugins").get(0).getAsJsonObject();
            assertEquals("model-loader", loader.get("kind").getAsString());
            assertEquals(step[1], loader.get("id").getAsString());
            assertEquals("steps[" + (step[0].equals("gap-model") ? 0 : 1) + "].file", loader.get("path").getAsString());
        }
    }

    @Test
    void aTruncatedFileFailsTheStepAndAFileOfTheWrongKindIsRefusedAtValidation() throws Exception {
        RunSummary trained = trained();
        Path predictor = trained.directory().resolve("models/gap-model.mfm");
        Path generator = trained.directory().resolve("models/generator.mfm");
        byte[] whole = Files.readAllBytes(predictor);
        Path files = Files.createDirectories(orchestration.runs.resolveSibling(orchestration.runs.getFileName() + "-files"));
        Path truncated = Files.write(files.resolve("truncated.mfm"), Arrays.copyOf(whole, whole.length * 2 / 3));

        RunSummary failed = service.await(service.submit(LOAD.formatted(truncated, generator)), LIMIT);
        assertEquals(RunStatus.FAILED, failed.status(), failed.message());
        assertTrue(failed.message().startsWith("step 'gap-model' (load-predictor) failed: model-loader 'mlp-ensemble' cannot read "
                + truncated.toAbsolutePath().normalize() + ": model file is "), failed.message());
        assertTrue(failed.message().contains("truncated"), failed.message());
        String log = Files.readString(failed.directory().resolve("run.log"));
        assertTrue(log.contains("using model-loader 'mlp-ensemble' (org.matforge.predictors "), "the loader was leased: " + log);

        WorkflowException swapped = assertThrows(WorkflowException.class, () -> service.submit(LOAD.formatted(generator, predictor)));
        assertEquals(List.of("steps[0].file", "steps[1].file"), swapped.problems().stream().map(WorkflowProblem::path).toList(), swapped::getMessage);
        assertEquals(generator.toAbsolutePath().normalize() + " holds a generator (trainer 'gan', model 'generator'), not a predictor;"
                + " load it with a load-generator step", swapped.problems().get(0).message());
        assertEquals(service.validate(LOAD.formatted(generator, predictor)), swapped.problems(), "validate reports the same at once");
    }

    private String execute(String line) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true), new PrintStream(err, true))) {
            session.execute(line);
        } catch (Exception e) {
            throw new AssertionError(line + " failed: " + e.getMessage() + "\n" + err.toString(StandardCharsets.UTF_8), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonObject step(JsonObject run, String name) {
        for (var s : run.getAsJsonArray("steps")) {
            if (s.getAsJsonObject().get("name").getAsString().equals(name)) {
                return s.getAsJsonObject();
            }
        }
        throw new AssertionError("no step " + name + " in run.json");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** @return the run.json record of the explain step 'why' */
    private static JsonObject explainRecord(JsonObject run) {
        for (JsonElement e : run.getAsJsonArray("steps")) {
            JsonObject step = e.getAsJsonObject();
            if (step.get("name").getAsString().equals("why")) {
                return step.getAsJsonObject("explanations");
            }
        }
        throw new AssertionError("no record of step 'why' in run.json");
    }
}
