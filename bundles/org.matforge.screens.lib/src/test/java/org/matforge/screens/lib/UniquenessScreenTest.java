package org.matforge.screens.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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

/** Uniqueness on Materials Project formation-energy formulas, which repeat across polymorphs and cell sizes. */
class UniquenessScreenTest {
    @Test
    void theFirstOfEachReducedCompositionPassesAndLaterOnesFailNamingIt() {
        List<Candidate> candidates = SharedData.rows("mp_e_form").stream().limit(20_000)
                .map(r -> Candidate.of(Composition.parse(r.formula()), "mp")).toList();
        List<ScreenResult> results = new UniquenessScreen().screen(candidates, Parameters.empty(), TaskContext.unobserved());

        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            String key = candidates.get(i).composition().normalized().formula();
            first.putIfAbsent(key, i);
            count.merge(key, 1, Integer::sum);
        }
        assertTrue(first.size() < candidates.size(), "mp_e_form repeats formulas");
        int passed = 0;
        for (int i = 0; i < candidates.size(); i++) {
            String key = candidates.get(i).composition().normalized().formula();
            ScreenResult r = results.get(i);
            assertEquals(count.get(key), r.score(), 0);
            if (first.get(key) == i) {
                assertEquals(Verdict.PASS, r.verdict());
                passed++;
            } else {
                assertEquals(Verdict.FAIL, r.verdict());
                assertTrue(r.reason().startsWith("duplicate of candidate " + first.get(key) + " "), r.reason());
            }
        }
        assertEquals(first.size(), passed);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new UniquenessScreen()
                .screen(candidates, Parameters.of(java.util.Map.of("tolerance", 0.1)), TaskContext.unobserved()));
        assertEquals("parameter 'tolerance' is not one of uniqueness's: it takes none", e.getMessage());
    }
}
