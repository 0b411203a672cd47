package org.matforge.orchestrator.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.chem.Composition;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.datasources.internal.builtin.BuiltinSource;
import org.matforge.datasources.internal.builtin.DataShelf;
import org.matforge.models.internal.osgi.GanTrainerComponent;
import org.matforge.orchestrator.internal.store.ProcessIdentity;
import org.matforge.orchestrator.internal.store.RunStore;
import org.matforge.predictors.lib.ensemble.MlpEnsembleTrainer;
import org.matforge.screens.lib.NoveltyScreen;
import org.matforge.screens.lib.PropertyWindowScreen;
import org.matforge.screens.lib.UniquenessScreen;
import org.matforge.spi.featurizer.Featurizer;

/**
 * Plug-in parameters are checked against the real plug-ins' declared schemas when a workflow is validated: out-of-range
 * values ({@code epochs: 1e12}, {@code members: 100000}) and misspelt keys are refused with their path in the document,
 * and no run is created.
 */
class PluginParametersValidationTest {
    @TempDir
    Path root;

    private Orchestrator orchestrator;

    @BeforeEach
    void start() throws Exception {
        InProcessPlugins plugins = installed();
        orchestrator = new Orchestrator(new Settings(root.resolve("runs"), 1, Duration.ZERO), plugins, plugins, e -> { }, Clock.systemUTC(),
                new RunStore(root.resolve("runs"), ProcessIdentity.current()));
    }

    @AfterEach
    void stop() throws Exception {
        orchestrator.close();
    }

    private static String workflow(String predictorParameters, String generatorParameters, String noveltyParameters) {
        return """
                {"schema": 1, "name": "discovery", "steps": [
                  {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
                  {"name": "features", "type": "featurize", "input": "data", "featurizers": ["element-count"]},
                  {"name": "gap-model", "type": "train-predictor", "input": "features", "trainer": "mlp-ensemble", "target": "band_gap",
                   "parameters": %s},
                  {"name": "generator", "type": "train-generator", "input": "data", "trainer": "gan", "parameters": %s},
                  {"name": "sampled", "type": "sample", "generator": "generator", "count": 100},
                  {"name": "screened", "type": "screen", "input": "sampled", "screens": [
                    "uniqueness", {"id": "novelty", "parameters": %s}]}
                ]}""".formatted(predictorParameters, generatorParameters, noveltyParameters);
    }

    @Test
    void epochs1e12AndMembers100000AreRefusedAtValidationWithTheirPathAndNothingRuns() throws Exception {
        String json = workflow("{\"members\": 100000, \"epochs\": 30}", "{\"epochs\": 1e12, \"batch\": 32}",
                "{\"reference\": {\"$formulas\": \"data\"}, \"tolerence\": 0.1}");
        WorkflowException e = assertThrows(WorkflowException.class, () -> orchestrator.submit(json));
        List<String> problems = e.problems().stream().map(WorkflowProblem::toString).toList();
        assertEquals(List.of(
                "steps[2].parameters.members: must be a whole number from 1 to 64, got 100000",
                "steps[3].parameters.epochs: must be a whole number from 1 to 100000, got 1e12",
                "steps[5].screens[1].parameters.tolerence: is not a parameter of screen 'novelty' — did you mean 'tolerance'? Known: "
                        + "known, reference, referenceColumn, referenceFile, tolerance"), problems);
        assertEquals(List.of(), orchestrator.runs());
        try (Stream<Path> runs = Files.list(root.resolve("runs"))) {
            assertEquals(0, runs.filter(Files::isDirectory).count(), "no run folder");
        } catch (java.nio.file.NoSuchFileException none) {
            // not even the runs folder
        }
    }

    @Test
    void parametersInRangeAndAFormulasReferenceValidate() {
        assertEquals(List.of(), orchestrator.validate(workflow("{\"members\": 64, \"epochs\": 100000, \"layers\": \"16\", \"loss\": \"NLL\"}",
                "{\"epochs\": 2, \"batch\": 32, \"generatorLayers\": [32, 16]}", "{\"reference\": {\"$formulas\": \"data\"}}")));
    }

    @Test
    void everyProblemOfAStepIsListedAndARequiredParameterIsNamed() {
        List<String> problems = orchestrator.validate(workflow("{\"learningRate\": 0, \"validation\": 0.5, \"members\": 2.5}",
                "{\"loss\": \"wgan\", \"beta2\": 1}", "{\"tolerance\": -1}")).stream().map(WorkflowProblem::toString).toList();
        assertEquals(List.of(
                "steps[2].parameters.members: must be a whole number from 1 to 64, got 2.5",
                "steps[2].parameters.learningRate: must be a number in (0, 1], got 0",
                "steps[2].parameters.validation: must be a number in (0, 0.5), got 0.5",
                "steps[3].parameters.beta2: must be a number in (0, 1), got 1",
                "steps[3].parameters.loss: must be one of the known choices, got \"wgan\" — known: standard, wgan-gp, d2gan",
                "steps[5].screens[1].parameters.tolerance: must be a number from 0 to 2, got -1"), problems);
        String window = """
                {"schema": 1, "name": "window", "steps": [
                  {"name": "data", "type": "load", "source": "builtin"},
                  {"name": "generator", "type": "train-generator", "input": "data", "trainer": "gan"},
                  {"name": "sampled", "type": "sample", "generator": "generator", "count": 10},
                  {"name": "wide", "type": "screen", "input": "sampled", "screens": [{"id": "property-window", "parameters": {"min": 3}}]}
                ]}""";
        assertEquals(List.of("steps[3].screens[0].parameters.target: is required: the predicted property, e.g. `band_gap`"),
                orchestrator.validate(window).stream().map(WorkflowProblem::toString).toList());
        assertEquals(List.of("steps[1].parameters.batch: must be a multiple of pack (4), got 30",
                "steps[3].screens[0].parameters.min: must not be above max (2), got 4"),
                orchestrator.validate(window.replace("\"trainer\": \"gan\"", "\"trainer\": \"gan\", \"parameters\": {\"batch\": 30}")
                        .replace("{\"min\": 3}", "{\"target\": \"band_gap\", \"min\": 4, \"max\": 2}"))
                        .stream().map(WorkflowProblem::toString).toList());
    }

    /** The real plug-ins (the algorithms their components delegate to; gan's component), by kind and id, without a framework; nothing is run. */
    private static InProcessPlugins installed() {
        return new InProcessPlugins(Map.of(
                PluginKind.DATA_SOURCE, Map.of("builtin", new BuiltinSource(new DataShelf())),
                PluginKind.FEATURIZER, Map.of("element-count", new Featurizer() {
                    @Override
                    public List<String> labels() {
                        return List.of("elements");
                    }

                    @Override
                    public void featurize(Composition composition, double[] target, int offset) {
                        target[offset] = composition.size();
                    }
                }),
                PluginKind.PREDICTOR_TRAINER, Map.of("mlp-ensemble", new MlpEnsembleTrainer()),
                PluginKind.GENERATOR_TRAINER, Map.of("gan", new GanTrainerComponent(null)),
                PluginKind.SCREEN, Map.of("novelty", new NoveltyScreen(), "property-window", new PropertyWindowScreen(),
                        "uniqueness", new UniquenessScreen())));
    }
}
