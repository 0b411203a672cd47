package org.matforge.orchestrator.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.commons.io.FileRoots;
import org.matforge.optimizer.internal.BayesianOptimizerPlugin;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.orchestrator.internal.store.ProcessIdentity;
import org.matforge.orchestrator.internal.store.RunStore;

/**
 * The optimise step with the real optimizer plug-ins on real data: the demo workflow's simulated campaign on the
 * silver-nanoparticle flow synthesis (examples/workflows/agnp-synthesis.json, the 164 published experiments), and
 * bad pools failing with one line naming the file and line.
 */
class OptimiseStepTest {
    private static final Path ROOT = Path.of(System.getProperty("matforge.root", "../..")).toAbsolutePath().normalize();
    private static final Path WORKFLOWS = ROOT.resolve("examples/workflows");
    private static final Path AGNP = ROOT.resolve("../shared/data/synthesis/agnp.csv");
    private static final Duration LIMIT = Duration.ofMinutes(10);

    @TempDir
    Path runs;

    private Orchestrator orchestrator;
    private String rootsBefore;

    @BeforeEach
    void start() throws Exception {
        rootsBefore = System.getProperty(FileRoots.ROOTS_PROPERTY);
        FileRoots.allow(ROOT); // as ./matforge --root ../shared/data run from the checkout
        FileRoots.allow(ROOT.resolve("../shared/data").normalize());
        FileRoots.allow(runs);
        InProcessPlugins plugins = new InProcessPlugins(Map.of(PluginKind.OPTIMIZER, Map.of(
                "gp-ard", new BayesianOptimizerPlugin(SurrogateKind.GP_ARD), "random", new BayesianOptimizerPlugin(SurrogateKind.RANDOM))));
        orchestrator = new Orchestrator(new Settings(runs.resolve("runs"), 1, Duration.ZERO), plugins, plugins, e -> { }, Clock.systemUTC(),
                new RunStore(runs.resolve("runs"), ProcessIdentity.current()));
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

    /** @return the published pool: each distinct point (its five flow rates as text) with its measured score */
    private static Map<List<Double>, Double> agnpPool() throws Exception {
        Map<List<Double>, Double> pool = new HashMap<>();
        List<String> lines = Files.readAllLines(AGNP);
        for (String line : lines.subList(1, lines.size())) {
            double[] f = Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
            pool.put(key(Arrays.copyOf(f, 5)), f[5]);
        }
        assertEquals(lines.size() - 1, pool.size(), "agnp has no repeated conditions");
        return pool;
    }

    private static List<Double> key(double[] x) {
        List<Double> k = new ArrayList<>();
        for (double v : x) {
            k.add(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", v)));
        }
        return k;
    }

    private static double[] point(JsonObject values) {
        return values.entrySet().stream().mapToDouble(e -> e.getValue().getAsDouble()).toArray();
    }

    @Test
    void theDemoCampaignFindsABetterScoreThanThePoolMedianAndThanRandomExperimentsWithinItsBudget() throws Exception {
        Path workflow = WORKFLOWS.resolve("agnp-synthesis.json");
        RunSummary end = orchestrator.await(orchestrator.submit(Files.readString(workflow), WORKFLOWS), LIMIT);
        assertEquals(RunStatus.SUCCEEDED, end.status(), end.message());
        Path folder = end.directory().resolve("campaigns/agnp");
        assertEquals("report: " + end.directory().resolve("report.html"), end.message());
        JsonObject campaign = JsonParser.parseString(Files.readString(folder.resolve("campaign.json"))).getAsJsonObject();

        Map<List<Double>, Double> pool = agnpPool();
        double[] values = pool.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        JsonArray experiments = campaign.getAsJsonArray("experiments");
        assertEquals(30, experiments.size());
        Set<List<Double>> seen = new HashSet<>();
        double best = Double.NEGATIVE_INFINITY;
        for (JsonElement e : experiments) {
            JsonObject x = e.getAsJsonObject();
            List<Double> at = key(point(x.getAsJsonObject("values")));
            assertTrue(pool.containsKey(at), "every experiment is a published one: " + at);
            assertTrue(seen.add(at), "no experiment is made twice: " + at);
            assertEquals(pool.get(at), x.get("measured").getAsDouble(), 1e-12, "the measured value is the published one");
            best = Math.max(best, pool.get(at));
            assertEquals(best, x.get("bestSoFar").getAsDouble(), 1e-12);
        }
        assertEquals(2, countRound(experiments, 0), "two random initial experiments");
        assertEquals(4, countRound(experiments, 1), "then rounds of four");
        assertTrue(best > median, "best " + best + " beats the pool's median " + median);

        List<String> csv = Files.readAllLines(folder.resolve("best-so-far.csv"));
        assertEquals(31, csv.size());
        double randomAtBudget = Double.parseDouble(csv.get(30).split(",")[csv.get(30).split(",").length - 1]);
        assertTrue(best > randomAtBudget, "best " + best + " beats the expected best of 30 random experiments " + randomAtBudget);

        JsonArray next = campaign.getAsJsonArray("nextBatch");
        assertEquals(4, next.size());
        for (JsonElement n : next) {
            List<Double> at = key(point(n.getAsJsonObject()));
            assertTrue(pool.containsKey(at) && !seen.contains(at), "the next batch is unmeasured conditions of the pool: " + at);
        }
        JsonObject scales = campaign.getAsJsonObject("lengthScales");
        assertEquals(Set.of("q_agno3", "q_pva", "q_tsc", "q_seed", "q_tot"), scales.keySet());
        scales.entrySet().forEach(e -> assertTrue(e.getValue().getAsDouble() > 0, e.toString()));

        String html = Files.readString(folder.resolve("report.html"));
        for (String section : List.of("Best so far", "Which parameters matter", "Best conditions found", "Next batch to run", "All experiments")) {
            assertTrue(html.contains(section), section);
        }
        assertTrue(html.contains("<svg"), "the best-so-far curve");
        assertTrue(Files.exists(folder.resolve("report-data/best-so-far-agnp.csv")), "the curve's data beside the campaign's page");

        String report = Files.readString(end.directory().resolve("report.html"));
        for (String section : List.of("Design optimisation: agnp (maximise spectrum_score)", "<h3>Best so far</h3>", "<h3>Which parameters matter</h3>",
                "<h3>Next batch to run</h3>", "campaigns/agnp/report.html")) {
            assertTrue(report.contains(section), section);
        }
        assertFalse(report.contains("candidates.csv"), "a report of a campaign alone has no candidate files");
        List<String> curve = Files.readAllLines(end.directory().resolve("report-data/best-so-far-agnp.csv"));
        assertEquals(1 + 3 * 30, curve.size(), "the run's report carries the curve's data: 3 series of 30 experiments");
        String nextTable = report.substring(report.indexOf("<h3>Next batch to run</h3>"));
        nextTable = nextTable.substring(0, nextTable.indexOf("</table>"));
        assertEquals(1 + 4, nextTable.split("<tr>", -1).length - 1, "header and the 4 conditions of the next batch");
    }

    private static long countRound(JsonArray experiments, int round) {
        int count = 0;
        for (JsonElement e : experiments) {
            count += e.getAsJsonObject().get("round").getAsInt() == round ? 1 : 0;
        }
        return count;
    }

    private static String campaign(Path pool, String optimizer, int budget) {
        return """
                {"schema": 1, "name": "bad-pool", "steps": [
                  {"name": "c", "type": "optimise", "space": "%s", "pool": "%s", "optimizer": "%s", "budget": %d}
                ]}""".formatted(ROOT.resolve("../shared/data/synthesis/agnp.json"), pool, optimizer, budget);
    }

    @Test
    void aPoolWithABadValueOrAMissingColumnFailsTheStepWithOneLineNamingFileAndLine() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(AGNP));
        lines.set(7, lines.get(7).replaceFirst(",[^,]*$", ",n/a"));
        Path bad = Files.write(runs.resolve("bad.csv"), lines);
        RunSummary end = orchestrator.await(orchestrator.submit(campaign(bad, "random", 10)), LIMIT);
        assertEquals(RunStatus.FAILED, end.status(), end.message());
        assertEquals("step 'c' (optimise) failed: " + bad.toRealPath() + " line 8: spectrum_score = 'n/a' is not a finite number", end.message());

        Path noColumn = Files.write(runs.resolve("no-column.csv"), Files.readAllLines(AGNP).stream().map(l -> l.substring(l.indexOf(',') + 1)).toList());
        end = orchestrator.await(orchestrator.submit(campaign(noColumn, "random", 10)), LIMIT);
        assertEquals(RunStatus.FAILED, end.status(), end.message());
        assertTrue(end.message().endsWith("no-column.csv: no column 'q_agno3' in the header (columns: q_pva, q_tsc, q_seed, q_tot, spectrum_score)"),
                end.message());

        end = orchestrator.await(orchestrator.submit(campaign(AGNP, "random", 500)), LIMIT);
        assertEquals("step 'c' (optimise) failed: steps[0].budget: 500 experiments, but the pool agnp.csv has 164 distinct points", end.message());
    }

    @Test
    void aMissingSpaceFileIsAValidationProblemAtItsPath() {
        WorkflowException e = org.junit.jupiter.api.Assertions.assertThrows(WorkflowException.class,
                () -> orchestrator.submit(campaign(runs.resolve("nowhere.csv"), "random", 10).replace("agnp.json", "nowhere.json")));
        assertEquals(Set.of("steps[0].pool", "steps[0].space"), Set.copyOf(e.problems().stream().map(p -> p.path()).toList()), e.problems().toString());
        assertTrue(e.problems().get(0).message().startsWith("no file "), e.problems().get(0).message());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void theSpaceMayBeGivenInlineAndIsCheckedWithJsonPaths() throws Exception {
        String space = Files.readString(ROOT.resolve("../shared/data/synthesis/agnp.json"));
        String inline = """
                {"schema": 1, "name": "inline", "steps": [
                  {"name": "c", "type": "optimise", "space": %s, "pool": "%s", "optimizer": "random", "budget": 6}
                ]}""";
        RunSummary end = orchestrator.await(orchestrator.submit(inline.formatted(space, AGNP)), LIMIT);
        assertEquals(RunStatus.SUCCEEDED, end.status(), end.message());
        JsonObject campaign = JsonParser.parseString(Files.readString(end.directory().resolve("campaigns/c/campaign.json"))).getAsJsonObject();
        assertEquals(JsonParser.parseString(space), campaign.get("space"), "the inline space is kept with the campaign");
        assertEquals(6, campaign.getAsJsonArray("experiments").size());

        String badLow = space.replaceFirst("\"low\": 4.53", "\"low\": \"low\"");
        WorkflowException e = org.junit.jupiter.api.Assertions.assertThrows(WorkflowException.class,
                () -> orchestrator.submit(inline.formatted(badLow, AGNP)));
        assertEquals("steps[0].space: parameters[0].low must be a number", e.problems().get(0).path() + ": " + e.problems().get(0).message());
        e = org.junit.jupiter.api.Assertions.assertThrows(WorkflowException.class,
                () -> orchestrator.submit(inline.formatted(space, AGNP).replace(", \"pool\": \"" + AGNP + "\"", "")));
        assertEquals("steps[0].pool", e.problems().get(0).path(), e.problems().toString());
    }
}
