package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.api.workflow.ProgressEvent;
import org.matforge.api.workflow.RunListener;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.api.workflow.WorkflowService;
import org.matforge.spi.screen.Screen;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/** A discovery workflow runs in Felix from registry plug-ins (test plug-ins and the real featurizers and validity screen). */
class WorkflowRunIT {
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin admin;

    private Orchestration orchestration;
    private WorkflowService service;

    @BeforeEach
    void start() throws Exception {
        orchestration = Orchestration.start(context, admin, 2);
        service = orchestration.service();
    }

    @AfterEach
    void stop() throws Exception {
        orchestration.close();
    }

    @Test
    void workflowRunsToCompletionWithProgressProvenanceAndReport() throws Exception {
        List<ProgressEvent> events = Collections.synchronizedList(new ArrayList<>());
        ServiceRegistration<RunListener> listener = context.registerService(RunListener.class, events::add, new Hashtable<>());
        String json = Orchestration.workflow("itest-gap", "");
        String id;
        RunSummary end;
        try {
            id = service.submit(json);
            end = service.await(id, LIMIT);
        } finally {
            listener.unregister();
        }
        assertEquals(RunStatus.SUCCEEDED, end.status(), end.message());
        Path dir = end.directory();
        assertEquals(orchestration.runs.resolve(id), dir);
        assertEquals("report: " + dir.resolve("report.html"), end.message());

        List<String> csv = Files.readAllLines(dir.resolve("candidates.csv"));
        assertTrue(csv.get(0).startsWith("position,pareto_rank,formula,origin,band_gap,band_gap_std,smact-validity,"), csv.get(0));
        assertTrue(csv.size() > 10, "candidates survived the validity screen: " + csv.size());
        int previous = 0;
        for (String line : csv.subList(1, csv.size())) {
            int rank = Integer.parseInt(line.split(",")[1]);
            assertTrue(rank >= previous, "rows are in Pareto-rank order");
            previous = rank;
            assertTrue(line.contains(",PASS,"), line);
        }

        String html = Files.readString(dir.resolve("report.html"));
        assertEquals(6, Pattern.compile("<svg ").matcher(html).results().count(),
                "distribution, element frequency, training curves of the predictor and of the generator, parity and Pareto plots");
        assertTrue(html.contains("aria-label=\"Element frequency: training vs generated compositions\""), "element-frequency plot");
        try (var data = Files.list(dir.resolve("report-data"))) {
            assertEquals(6, data.filter(f -> f.getFileName().toString().endsWith(".csv")).count(), "the data of every plot beside the report");
        }
        assertTrue(Files.readAllLines(dir.resolve("rejected.csv")).get(0).startsWith("formula,origin,step,screen_position,screen,screen_type,verdict"));
        assertTrue(Files.size(dir.resolve("models").resolve("gap-model.mfm")) > 0);

        JsonObject run = JsonParser.parseString(Files.readString(dir.resolve("run.json"))).getAsJsonObject();
        assertEquals(sha256(json), run.get("workflowSha256").getAsString());
        assertEquals("SUCCEEDED", run.get("status").getAsString());
        JsonArray steps = run.getAsJsonArray("steps");
        assertEquals(10, steps.size());
        assertEquals(64, steps.get(0).getAsJsonObject().getAsJsonObject("data").get("sha256").getAsString().length());
        JsonObject magpie = steps.get(2).getAsJsonObject().getAsJsonArray("plugins").get(0).getAsJsonObject();
        Bundle featurizers = bundle("org.matforge.featurizers");
        assertEquals("org.matforge.featurizers", magpie.get("bundle").getAsString());
        assertEquals(featurizers.getVersion().toString(), magpie.get("bundleVersion").getAsString());
        assertEquals("magpie", magpie.getAsJsonObject("properties").get(PluginProperties.ID).getAsString());
        JsonObject model = steps.get(3).getAsJsonObject();
        assertEquals("knn", model.getAsJsonObject("model").get("trainer").getAsString());
        assertEquals(300, model.getAsJsonObject("holdout").get("rows").getAsInt(), "20 % of 1,500 rows held out");
        for (JsonElement s : steps) {
            assertTrue(s.getAsJsonObject().has("seed"), "every step records its seed");
        }

        JsonObject status = JsonParser.parseString(Files.readString(dir.resolve("status.json"))).getAsJsonObject();
        assertEquals("SUCCEEDED", status.get("status").getAsString());
        assertEquals(ProcessHandle.current().pid(), status.get("pid").getAsLong());

        List<ProgressEvent> mine = events.stream().filter(e -> e.runId().equals(id)).toList();
        assertTrue(mine.stream().anyMatch(e -> e.step().equals("gap-model")), "progress names the steps");
        for (int i = 1; i < mine.size(); i++) {
            assertTrue(mine.get(i).fraction() >= mine.get(i - 1).fraction(), "progress never goes back: " + mine.get(i - 1) + " → " + mine.get(i));
        }
        ProgressEvent last = mine.get(mine.size() - 1);
        assertEquals(RunStatus.SUCCEEDED, last.status());
        assertEquals(1.0, last.fraction());
        assertTrue(mine.stream().anyMatch(e -> e.eta().isPresent()), "an ETA is given while running");

        RunSummary again = service.await(service.submit(json), LIMIT);
        assertEquals(RunStatus.SUCCEEDED, again.status(), again.message());
        assertEquals(csv, Files.readAllLines(again.directory().resolve("candidates.csv")), "same workflow and seed, same candidates");
        assertTrue(service.runs().stream().map(RunSummary::id).toList().containsAll(List.of(id, again.id())));
    }

    @Test
    void badWorkflowIsRejectedWithPathsAndNothingRuns() throws Exception {
        String json = Orchestration.workflow("bad", "").replace("[\"magpie\"]", "[\"magpei\"]").replace("\"count\": 400", "\"count\": 0")
                .replace("\"input\": \"valid\"", "\"input\": \"vaild\"");
        WorkflowException e = assertThrows(WorkflowException.class, () -> service.submit(json));
        List<String> problems = e.problems().stream().map(WorkflowProblem::toString).toList();
        assertEquals(3, problems.size(), problems::toString);
        assertEquals("steps[2].featurizers[0]: no featurizer 'magpei' — did you mean 'magpie'? Known: element-fraction, ion-property, "
                + "magpie, oxidation-states, stoichiometry, valence-orbital", problems.get(0));
        assertEquals("steps[5].count: must be at least 1, got 0", problems.get(1));
        assertTrue(problems.get(2).startsWith("steps[7].input: no earlier step named 'vaild' — did you mean 'valid'?"), problems.get(2));
        assertEquals(e.problems(), service.validate(json));
        try (var runs = Files.list(orchestration.runs)) {
            assertEquals(0, runs.count(), "a rejected workflow leaves no run");
        }
    }

    @Test
    void aPlugInStillStartingIsAwaitedAndOneThatNeverComesIsNamed() throws Exception {
        String json = Orchestration.workflow("late", ", \"late-screen\"");
        CompletableFuture<String> submitted = CompletableFuture.supplyAsync(() -> {
            try {
                return service.submit(json);
            } catch (WorkflowException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        });
        Thread.sleep(500);
        assertFalse(submitted.isDone(), "validation waits for the screen");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(PluginProperties.ID, "late-screen");
        Screen passAll = (candidates, parameters, task) -> Collections.nCopies(candidates.size(), ScreenResult.pass("late but fine"));
        ServiceRegistration<Screen> late = context.registerService(Screen.class, passAll, props);
        try {
            RunSummary end = service.await(submitted.get(), LIMIT);
            assertEquals(RunStatus.SUCCEEDED, end.status(), end.message());
        } finally {
            late.unregister();
        }

        WorkflowException never = assertThrows(WorkflowException.class, () -> service.submit(Orchestration.workflow("never", ", \"never-screen\"")));
        assertEquals("steps[6].screens[1]", never.problems().get(0).path());
        assertTrue(never.problems().get(0).message().startsWith("no screen 'never-screen' — known: "), never.problems().get(0).message());
    }

    @Test
    void aPlugInThatThrowsFailsItsRunWithItsMessage() throws Exception {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(PluginProperties.ID, "picky");
        Screen picky = (candidates, parameters, task) -> {
            throw new IllegalArgumentException("parameter 'threshold' must be positive, got " + parameters.number("threshold", 0));
        };
        ServiceRegistration<Screen> registration = context.registerService(Screen.class, picky, props);
        try {
            RunSummary end = service.await(service.submit(Orchestration.workflow("picky", ", {\"id\": \"picky\", \"parameters\": {\"threshold\": -1}}")), LIMIT);
            assertEquals(RunStatus.FAILED, end.status());
            assertEquals("step 'valid' (screen) failed: parameter 'threshold' must be positive, got -1.0", end.message());
            JsonObject status = JsonParser.parseString(Files.readString(end.directory().resolve("status.json"))).getAsJsonObject();
            assertEquals("FAILED", status.getAsJsonArray("steps").get(6).getAsJsonObject().get("status").getAsString());
            assertEquals("QUEUED", status.getAsJsonArray("steps").get(7).getAsJsonObject().get("status").getAsString(), "later steps never ran");
            assertTrue(Files.readString(end.directory().resolve("run.log")).contains("java.lang.IllegalArgumentException"), "the trace is in the log");
            assertFalse(Files.exists(end.directory().resolve("report.html")));
        } finally {
            registration.unregister();
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
