package org.matforge.orchestrator.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.commons.io.FileRoots;
import org.matforge.orchestrator.internal.store.ProcessIdentity;
import org.matforge.orchestrator.internal.store.RunStore;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.file.ModelFile;

/**
 * What a load step does with a model file at run time when the file or its loader lets it down: each failure names
 * the step and the file, with the stack trace in the run log only.
 */
class ModelFileStepTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path root;

    private Orchestrator orchestrator;
    private String rootsBefore;

    @BeforeEach
    void start() throws Exception {
        rootsBefore = System.getProperty(FileRoots.ROOTS_PROPERTY);
        FileRoots.allow(root); // the model files lie here, as in a folder given with --root
        InProcessPlugins plugins = new InProcessPlugins();
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

    private Path modelFile(String name, String trainer) throws Exception {
        Path file = root.resolve(name);
        ModelMetadata metadata = new ModelMetadata(ModelMetadata.PREDICTOR, trainer, "gap-model", "band_gap", "eV", List.of("magpie"),
                Map.of(), "", 1, Map.of(), Map.of(), ModelFile.FORMAT_VERSION);
        try (OutputStream out = Files.newOutputStream(file)) {
            ModelFile.of(metadata, Map.of("weights", new byte[] {1, 2, 3})).write(out);
        }
        return file;
    }

    private static String loading(Path file) {
        return """
                {"schema": 1, "name": "loading", "steps": [
                  {"name": "gap-model", "type": "load-predictor", "file": "%s"}
                ]}""".formatted(file);
    }

    @Test
    void aFileRemovedWhileTheRunWasQueuedFailsTheStepNamingIt() throws Exception {
        String blocking = orchestrator.submit(OrchestratorCrashTest.workflow("blocking", true));
        Path file = modelFile("gone.mfm", "wrong-type");
        String queued = orchestrator.submit(loading(file));
        Files.delete(file);
        assertTrue(orchestrator.cancel(blocking));
        RunSummary end = orchestrator.await(queued, LIMIT);
        assertEquals(RunStatus.FAILED, end.status(), end.message());
        assertEquals("step 'gap-model' (load-predictor) failed: model file " + file.toAbsolutePath()
                + " is gone (it was there when the workflow was validated)", end.message());
    }

    @Test
    void aLoaderThatReturnsNoPredictorOrThrowsFailsTheStepNamingLoaderAndFile() throws Exception {
        Path odd = modelFile("odd.mfm", "wrong-type");
        RunSummary wrongType = orchestrator.await(orchestrator.submit(loading(odd)), LIMIT);
        assertEquals(RunStatus.FAILED, wrongType.status(), wrongType.message());
        assertTrue(wrongType.message().startsWith("step 'gap-model' (load-predictor) failed: model-loader 'wrong-type' read " + odd.toAbsolutePath()
                + " as a "), wrongType.message());
        assertTrue(wrongType.message().endsWith(" (neither a predictor nor a generator), not a predictor"), wrongType.message());

        Path broken = modelFile("broken.mfm", "throwing");
        RunSummary thrown = orchestrator.await(orchestrator.submit(loading(broken)), LIMIT);
        assertEquals(RunStatus.FAILED, thrown.status(), thrown.message());
        assertEquals("step 'gap-model' (load-predictor) failed: model-loader 'throwing' failed on " + broken.toAbsolutePath()
                + ": the weights do not fit the network", thrown.message());
        assertFalse(thrown.message().contains("Exception"), "no exception class or trace in the message");
        String log = Files.readString(thrown.directory().resolve("run.log"));
        assertTrue(log.contains("java.lang.IllegalStateException: the weights do not fit the network"), "the trace is in the run log: " + log);

        JsonObject step = JsonParser.parseString(Files.readString(thrown.directory().resolve("run.json"))).getAsJsonObject()
                .getAsJsonArray("steps").get(0).getAsJsonObject();
        assertEquals(broken.toAbsolutePath().toString(), step.get("file").getAsString());
        assertEquals(Provenance.sha256(Files.readAllBytes(broken)), step.get("fileSha256").getAsString(), "the file is recorded even when loading fails");
        assertEquals("steps[0].file", step.getAsJsonArray("plugins").get(0).getAsJsonObject().get("path").getAsString());
    }
}
