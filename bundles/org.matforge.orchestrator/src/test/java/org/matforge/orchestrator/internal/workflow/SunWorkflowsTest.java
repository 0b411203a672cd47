package org.matforge.orchestrator.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Issue 22's promise about the main job's candidates, read from the shipped workflows: every candidate the report
 * lists passed SMACT validity with the common ICSD oxidation states, two or more elements, novelty (default reference:
 * every known compound), uniqueness and the stability screen (so it carries a hull estimate — an UNKNOWN is kept only
 * with {@code keepUnknown}); the S.U.N. benchmarks (benchmarks/sun) screen the same way and are valid workflows.
 */
class SunWorkflowsTest {
    private static final Path ROOT = Path.of(System.getProperty("matforge.root", "../.."));
    private static final List<String> PLAUSIBLE = List.of("smact-validity", "element-count", "novelty", "uniqueness");

    private final WorkflowParser parser = new WorkflowParser(FixedCatalog.standard(), Duration.ZERO);

    @Test
    void everyCandidateOfTheMainJobPassedTheSunScreensAndCarriesAHullEstimate() throws Exception {
        Workflow w = parser.parse(Files.readString(ROOT.resolve("examples/workflows/wide-gap-gan.json")));
        assertEquals(List.of("plausible", "wide-gap"), screenedChainOfTheReport(w), "the report's candidates pass through these screen steps");
        assertScreensLikeTheMainJob(w, "wide-gap");
    }

    @Test
    void theSunBenchmarksScreenLikeTheMainJobAndDrawTenThousand() throws Exception {
        for (String generator : List.of("gan", "vae", "cvae")) {
            Workflow w = parser.parse(Files.readString(ROOT.resolve("benchmarks/sun/sun-" + generator + ".json")));
            assertEquals(List.of("plausible", "stable"), screenedChainOfTheReport(w), generator);
            assertScreensLikeTheMainJob(w, "stable");
            assertEquals(10_000, w.step("sampled").orElseThrow().json().get("count").getAsInt(), generator);
        }
    }

    private static void assertScreensLikeTheMainJob(Workflow w, String stabilityStep) {
        Step plausible = w.step("plausible").orElseThrow();
        assertEquals(PLAUSIBLE, plausible.plugins("screens").stream().map(PluginRef::id).toList(), w.name());
        assertEquals("icsd24-common", screen(plausible, 0).getAsJsonObject("parameters").get("oxidationStates").getAsString(), w.name());
        assertEquals(2, screen(plausible, 1).getAsJsonObject("parameters").get("min").getAsInt(), w.name());
        assertFalse(screen(plausible, 2).has("parameters"), "novelty against its default reference, every known compound");
        Step stable = w.step(stabilityStep).orElseThrow();
        assertEquals("stability", stable.plugins("screens").get(0).id(), w.name());
        assertTrue(screen(stable, 0).getAsJsonObject("parameters").get("threshold").getAsDouble() <= 0.1, w.name());
        Step predicted = w.step(stable.input("input")).orElseThrow();
        assertEquals(StepType.PREDICT, predicted.type());
        assertEquals("plausible", predicted.input("input"));
        assertTrue(predicted.json().getAsJsonArray("predictors").toString().contains("eform-model"), w.name());
        assertEquals("formation-energy", w.step("eform-model").orElseThrow().plugin("predictor").id(), w.name());
        for (Step s : w.steps()) {
            if (s.type() == StepType.SCREEN) {
                for (JsonElement e : s.array("screens")) {
                    assertFalse(e.isJsonObject() && e.getAsJsonObject().has("keepUnknown"), s.name() + ": undecided candidates are left out");
                }
            }
        }
    }

    private static JsonObject screen(Step step, int i) {
        JsonElement e = step.array("screens").get(i);
        return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    /** @return the screen steps on the way from the samples to the report's input, in order */
    private static List<String> screenedChainOfTheReport(Workflow w) {
        List<String> chain = new ArrayList<>();
        Step s = w.step(w.steps().get(w.steps().size() - 1).input("input")).orElseThrow();
        while (s.type() != StepType.SAMPLE) {
            if (s.type() == StepType.SCREEN) {
                chain.add(0, s.name());
            }
            s = w.step(s.input("input")).orElseThrow();
        }
        return chain;
    }
}
