package org.matforge.screens.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.task.TaskContext;

/**
 * The window on real experimental band gaps used as predicted means, with an uncertainty that grows with the gap
 * (σ = 0.1 + 0.1·gap), and candidates without a prediction.
 */
class PropertyWindowScreenTest {
    private static final List<Candidate> candidates = new ArrayList<>();

    @BeforeAll
    static void load() {
        for (SharedData.Row row : SharedData.rows("expt_gap")) {
            Candidate c = Candidate.of(Composition.parse(row.formula()), "expt_gap");
            candidates.add(c.withPrediction("band_gap", new Prediction(row.target(), 0.1 + 0.1 * row.target())));
        }
        candidates.add(Candidate.of(Composition.parse("GaN"), "no prediction"));
        candidates.add(Candidate.of(Composition.parse("ZnO"), "other target").withPrediction("e_form", new Prediction(-1.8, 0.1)));
        candidates.add(Candidate.of(Composition.parse("AlN"), "NaN").withPrediction("band_gap", new Prediction(Double.NaN, 0)));
    }

    private static List<ScreenResult> screen(Map<String, ?> parameters) {
        return new PropertyWindowScreen().screen(candidates, Parameters.of(parameters), TaskContext.unobserved());
    }

    @Test
    void meanModeJudgesThePredictedMean() {
        List<ScreenResult> results = screen(Map.of("target", "band_gap", "min", 2.0, "max", 4.0));
        int passed = check(results, p -> p.mean() >= 2 && p.mean() <= 4);
        assertTrue(passed > 500 && passed < 3000, "a real share of known compounds has a 2–4 eV gap: " + passed);
    }

    @Test
    void pessimisticModeNeedsTheWholeIntervalInsideAndOptimisticModeAnyPartOfIt() {
        check(screen(Map.of("target", "band_gap", "min", 2.0, "max", 4.0, "k", 2)), p -> p.lower(2) >= 2 && p.upper(2) <= 4);
        check(screen(Map.of("target", "band_gap", "min", 2.0, "max", 4.0, "k", 1.5, "mode", "optimistic")),
                p -> p.upper(1.5) >= 2 && p.lower(1.5) <= 4);
        int openEnded = check(screen(Map.of("target", "band_gap", "min", 3.0, "mode", "pessimistic")), p -> p.lower(1) >= 3);
        assertTrue(openEnded > 100, "wide-gap compounds exist: " + openEnded);
    }

    private static int check(List<ScreenResult> results, java.util.function.Predicate<Prediction> expected) {
        assertEquals(candidates.size(), results.size());
        int passed = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Prediction p = candidates.get(i).predictions().get("band_gap");
            ScreenResult r = results.get(i);
            if (p == null || Double.isNaN(p.mean())) {
                assertEquals(Verdict.UNKNOWN, r.verdict());
                assertTrue(r.reason().contains("no prediction for 'band_gap'"), r.reason());
                continue;
            }
            assertEquals(expected.test(p) ? Verdict.PASS : Verdict.FAIL, r.verdict(), candidates.get(i) + ": " + r.reason());
            assertTrue(r.score() >= 0 && r.score() <= 1, "score is a probability");
            passed += r.verdict() == Verdict.PASS ? 1 : 0;
        }
        return passed;
    }

    @Test
    void theScoreIsTheNormalProbabilityOfLyingInTheWindow() {
        Candidate c = Candidate.of(Composition.parse("GaN"), "t").withPrediction("band_gap", new Prediction(3.4, 0.5));
        double half = 1.959963985 * 0.5;
        ScreenResult r = new PropertyWindowScreen().screen(List.of(c),
                Parameters.of(Map.of("target", "band_gap", "min", 3.4 - half, "max", 3.4 + half)), TaskContext.unobserved()).get(0);
        assertEquals(0.95, r.score(), 1e-6);
        ScreenResult above = new PropertyWindowScreen().screen(List.of(c),
                Parameters.of(Map.of("target", "band_gap", "min", 3.4)), TaskContext.unobserved()).get(0);
        assertEquals(0.5, above.score(), 1e-7);
        assertEquals("band_gap 3.400 in [3.4, ∞) (mean)", above.reason());
        ScreenResult below = new PropertyWindowScreen().screen(List.of(c),
                Parameters.of(Map.of("target", "band_gap", "max", 3.0, "k", 2)), TaskContext.unobserved()).get(0);
        assertEquals("band_gap 3.400 ± 2.00·0.500 = [2.400, 4.400] not in (−∞, 3.0] (pessimistic)", below.reason());
    }

    @Test
    void badParametersAreNamed() {
        assertMessage(Map.of("min", 1), "parameter 'target' is required");
        assertMessage(Map.of("target", "band_gap"), "parameter 'min' or 'max' is required");
        assertMessage(Map.of("target", "band_gap", "min", 4, "max", 2), "parameters 'min' and 'max' must satisfy min ≤ max");
        assertMessage(Map.of("target", "band_gap", "min", "wide"), "parameter 'min' must be a number");
        assertMessage(Map.of("target", "band_gap", "min", 2, "mode", "median"), "parameter 'mode' must be mean, pessimistic or optimistic");
        assertMessage(Map.of("target", "band_gap", "min", 2, "mode", "mean", "k", 2), "parameter 'k' has no effect with mode 'mean'");
        assertMessage(Map.of("target", "band_gap", "min", 2, "k", -1), "parameter 'k' must be a finite number ≥ 0");
        assertMessage(Map.of("target", "band_gap", "minimum", 2), "parameter 'minimum' is not one of property-window's: k, max, min, mode, target");
    }

    private static void assertMessage(Map<String, ?> parameters, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> screen(parameters));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
