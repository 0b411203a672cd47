package org.matforge.orchestrator.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.commons.io.FileRoots;
import org.matforge.spi.model.ModelMetadata;

/** The {@code file} field of load-predictor and load-generator steps: exactly one source, paths, kinds and loaders. */
class ModelFileValidationTest {
    private static final String REUSE = """
            {"schema": 1, "name": "reuse", "steps": [
              {"name": "gap-model", "type": "load-predictor", "file": "%s"},
              {"name": "generator", "type": "load-generator", "file": "%s"},
              {"name": "sampled", "type": "sample", "generator": "generator", "count": 100},
              {"name": "predicted", "type": "predict", "input": "sampled", "predictors": ["gap-model"]},
              {"name": "report", "type": "report", "input": "predicted"}
            ]}
            """;

    @TempDir
    Path folder;

    private final FixedCatalog catalog = FixedCatalog.standard().with(PluginKind.PREDICTOR, "gap-bundle")
            .with(PluginKind.MODEL_LOADER, "gan", "mlp-ensemble", "vae");
    /** The temporary folder is one of the allowed roots, as a workflow file's folder or a --root folder would be. */
    private final WorkflowParser parser = new WorkflowParser(catalog, Duration.ZERO, () -> FileRoots.current().with(folder), JsonLimits.current());

    @BeforeEach
    void writeModels() throws Exception {
        Files.createDirectories(folder.resolve("models"));
        write(folder.resolve("models/gap-model.mfm"), metadata(ModelMetadata.PREDICTOR, "mlp-ensemble", "band_gap"));
        write(folder.resolve("models/generator.mfm"), metadata(ModelMetadata.GENERATOR, "gan", ""));
        write(folder.resolve("models/cvae.mfm"), metadata(ModelMetadata.GENERATOR, "vae", "band_gap"));
    }

    private static ModelMetadata metadata(String kind, String trainer, String target) {
        return new ModelMetadata(kind, trainer, trainer + "-model", target, "", List.of(), Map.of(), "", 1, Map.of(), Map.of(),
                org.matforge.spi.model.file.ModelFile.FORMAT_VERSION);
    }

    private static void write(Path file, ModelMetadata metadata) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            org.matforge.spi.model.file.ModelFile.of(metadata, Map.of("weights", new byte[] {1, 2, 3})).write(out);
        }
    }

    private static String reuse(String predictor, String generator) {
        return REUSE.formatted(predictor, generator);
    }

    private static WorkflowProblem only(List<WorkflowProblem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void relativeFilesResolveAgainstTheWorkflowFolderAndNameTheirTrainersLoader() throws Exception {
        Workflow w = parser.parse(reuse("models/gap-model.mfm", "models/../models/generator.mfm"), folder);
        Step predictor = w.step("gap-model").orElseThrow();
        assertEquals(folder.resolve("models/gap-model.mfm").toAbsolutePath(), predictor.file("file").orElseThrow().path());
        assertEquals("mlp-ensemble", predictor.file("file").orElseThrow().metadata().trainer());
        assertEquals(PluginRef.of(PluginKind.MODEL_LOADER, "mlp-ensemble", "steps[0].file"), predictor.plugin("file"));
        Step generator = w.step("generator").orElseThrow();
        assertEquals(folder.resolve("models/generator.mfm").toAbsolutePath(), generator.file("file").orElseThrow().path(), "normalised");
        assertEquals("gan", generator.plugin("file").id());

        String absolute = reuse(folder.resolve("models/gap-model.mfm").toString(), folder.resolve("models/generator.mfm").toString());
        assertEquals(List.of(), parser.validate(absolute), "absolute paths need no folder");
    }

    @Test
    void exactlyOneOfPluginAndFileIsRequiredAndEveryProblemIsReportedAtOnce() throws Exception {
        String json = reuse("models/gap-model.mfm", "models/generator.mfm")
                .replace("\"type\": \"load-predictor\", \"file\": \"models/gap-model.mfm\"",
                        "\"type\": \"load-predictor\", \"predictor\": \"gap-bundle\", \"file\": \"models/gap-model.mfm\"")
                .replace("\"type\": \"load-generator\", \"file\": \"models/generator.mfm\"", "\"type\": \"load-generator\"")
                .replace("\"count\": 100", "\"count\": 0");
        List<WorkflowProblem> problems = parser.validate(json, folder);
        assertEquals(List.of("steps[0]", "steps[1]", "steps[2].count"), problems.stream().map(WorkflowProblem::path).toList(), problems::toString);
        assertEquals("give either \"predictor\" (an installed predictor plug-in) or \"file\" (a model file), not both", problems.get(0).message());
        assertEquals("a load-generator step needs \"generator\" (an installed generator plug-in; registered: none) or \"file\" (a model file saved"
                + " by a run, e.g. \"runs/<run id>/models/<step>.mfm\")", problems.get(1).message());

        String pluginOnly = json.replace(", \"file\": \"models/gap-model.mfm\"", "").replace("\"type\": \"load-generator\"",
                "\"type\": \"load-generator\", \"file\": \"models/generator.mfm\"").replace("\"count\": 0", "\"count\": 100");
        assertEquals(List.of(), parser.validate(pluginOnly, folder), "an installed predictor alone is still fine");
    }

    @Test
    void aMissingFileNamesTheResolvedPathAndWhatItWasResolvedAgainst() throws Exception {
        String json = reuse("models/gap-modell.mfm", "models/generator.mfm");
        WorkflowProblem p = only(parser.validate(json, folder));
        assertEquals("steps[0].file", p.path());
        assertEquals("no model file " + folder.resolve("models/gap-modell.mfm").toAbsolutePath()
                + " (a relative path is resolved against the workflow file's folder, " + folder.toAbsolutePath() + ")", p.message());

        List<WorkflowProblem> noFolder = parser.validate(json);
        assertEquals(List.of("steps[0].file", "steps[1].file"), noFolder.stream().map(WorkflowProblem::path).toList(), noFolder::toString);
        assertTrue(noFolder.get(0).message().endsWith("(a relative path is resolved against the working directory of the MatForge process, "
                + WorkflowParser.workingDirectory() + ")"), noFolder.get(0).message());

        WorkflowProblem folderGiven = only(parser.validate(reuse("models", "models/generator.mfm"), folder));
        assertEquals(folder.resolve("models").toAbsolutePath() + " is a folder, not a model file (.mfm)", folderGiven.message());
        WorkflowProblem notText = only(parser.validate(reuse("models/gap-model.mfm", "X").replace("\"X\"", "42"), folder));
        assertEquals("steps[1].file", notText.path());
        assertTrue(notText.message().startsWith("must be the path of a model file (.mfm)"), notText.message());
    }

    @Test
    void aFileThatIsNoModelFileOrHoldsTheOtherKindIsRefused() throws Exception {
        Files.writeString(folder.resolve("gaps.csv"), "formula,band_gap\nGaN,3.4\n");
        Path truncated = folder.resolve("truncated.mfm");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(folder.resolve("models/gap-model.mfm")), 80));
        String json = reuse("gaps.csv", "truncated.mfm");
        List<WorkflowProblem> problems = parser.validate(json, folder);
        assertEquals(List.of("steps[0].file", "steps[1].file"), problems.stream().map(WorkflowProblem::path).toList(), problems::toString);
        assertEquals("cannot use " + folder.resolve("gaps.csv").toAbsolutePath() + ": not a MatForge model file: no zip entries (empty, or not a zip)",
                problems.get(0).message());
        assertTrue(problems.get(1).message().startsWith("cannot use " + truncated.toAbsolutePath() + ": model file is corrupt or truncated"),
                problems.get(1).message());

        List<WorkflowProblem> swapped = parser.validate(reuse("models/generator.mfm", "models/gap-model.mfm"), folder);
        assertEquals(List.of("steps[0].file", "steps[1].file"), swapped.stream().map(WorkflowProblem::path).toList(), swapped::toString);
        assertEquals(folder.resolve("models/generator.mfm").toAbsolutePath() + " holds a generator (trainer 'gan', model 'gan-model'),"
                + " not a predictor; load it with a load-generator step", swapped.get(0).message());
        assertTrue(swapped.get(1).message().endsWith("not a generator; load it with a load-predictor step"), swapped.get(1).message());
    }

    @Test
    void theLoaderOfTheFilesTrainerMustBeRegistered() throws Exception {
        WorkflowParser withoutVae = new WorkflowParser(FixedCatalog.standard().with(PluginKind.MODEL_LOADER, "gan", "mlp-ensemble"), Duration.ZERO);
        WorkflowProblem p = only(withoutVae.validate(reuse("models/gap-model.mfm", "models/cvae.mfm"), folder));
        assertEquals("steps[1].file", p.path());
        assertEquals("no model-loader 'vae' — known: gan, mlp-ensemble", p.message());
    }

    @Test
    void aSampledConditionMustMatchHowTheFilesGeneratorWasTrained() throws Exception {
        String conditioned = reuse("models/gap-model.mfm", "models/generator.mfm")
                .replace("\"count\": 100", "\"count\": 100, \"condition\": {\"target\": \"band_gap\", \"min\": 3}");
        WorkflowProblem p = only(parser.validate(conditioned, folder));
        assertEquals("steps[2].condition", p.path());
        assertEquals("generator 'generator' (steps[1], generator.mfm) was trained without a condition; sample it without one", p.message());

        String cvae = conditioned.replace("models/generator.mfm", "models/cvae.mfm");
        assertEquals(List.of(), parser.validate(cvae, folder));
        p = only(parser.validate(cvae.replace("\"target\": \"band_gap\"", "\"target\": \"e_form\""), folder));
        assertEquals("steps[2].condition.target", p.path());
        assertEquals("generator 'generator' (steps[1], cvae.mfm) is conditioned on 'band_gap', not 'e_form'", p.message());
    }
}
