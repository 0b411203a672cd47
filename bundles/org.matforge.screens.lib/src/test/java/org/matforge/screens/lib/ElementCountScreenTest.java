package org.matforge.screens.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.task.TaskContext;

/** Element-count window on the matbench band-gap formulas. */
class ElementCountScreenTest {
    @Test
    void keepsCompoundsInTheWindowAndNamesWhyOthersFail() {
        List<Candidate> candidates = SharedData.rows("expt_gap").stream()
                .map(r -> Candidate.of(Composition.parse(r.formula()), "expt_gap")).toList();
        List<ScreenResult> results = new ElementCountScreen().screen(candidates, Parameters.of(Map.of("min", 2, "max", 3)),
                TaskContext.unobserved());
        int outside = 0;
        for (int i = 0; i < candidates.size(); i++) {
            String formula = candidates.get(i).composition().formula();
            long distinct = formula.chars().filter(Character::isUpperCase).count();
            ScreenResult r = results.get(i);
            assertEquals(distinct, r.score(), 0, formula);
            assertEquals(distinct >= 2 && distinct <= 3 ? Verdict.PASS : Verdict.FAIL, r.verdict(), formula);
            if (r.verdict() == Verdict.FAIL) {
                outside++;
                assertTrue(r.reason().contains("wanted 2 to 3"), r.reason());
            }
        }
        assertTrue(outside > 0 && outside < candidates.size(), outside + " of " + candidates.size() + " outside");
    }

    @Test
    void pureElementsFailByDefaultAndBadParametersAreNamed() {
        List<Candidate> two = List.of(Candidate.of(Composition.parse("O2"), "t"), Candidate.of(Composition.parse("NaCl"), "t"));
        List<ScreenResult> results = new ElementCountScreen().screen(two, Parameters.empty(), TaskContext.unobserved());
        assertEquals(Verdict.FAIL, results.get(0).verdict());
        assertEquals(Verdict.PASS, results.get(1).verdict());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ElementCountScreen()
                .screen(two, Parameters.of(Map.of("min", 3, "max", 2)), TaskContext.unobserved()));
        assertTrue(e.getMessage().contains("min"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ElementCountScreen()
                .screen(two, Parameters.of(Map.of("minimum", 3)), TaskContext.unobserved()));
        assertTrue(e.getMessage().contains("minimum"), e.getMessage());
    }
}
