package org.matforge.screens.lib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/**
 * Uniqueness within the candidate set: the first candidate of each composition (compared by element fractions, so
 * Fe2O3 and Fe4O6 are one) passes, later ones fail naming the index of the first. No parameters. Score: how many
 * candidates share the composition.
 */
public final class UniquenessScreen implements Screen {
    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.NONE;
    }

    @Override
    public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
        parameters.requireOnly("uniqueness", Set.of());
        int n = candidates.size();
        Spelling[] spellings = new Spelling[n];
        // key and formula once per distinct composition: generated candidates repeat
        Map<Composition, Spelling> byComposition = new HashMap<>();
        Map<String, int[]> firstAndCount = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (i % 10_000 == 0) {
                context.checkCancelled();
            }
            spellings[i] = byComposition.computeIfAbsent(candidates.get(i).composition(),
                    c -> new Spelling(CompositionKey.of(c), c.reducedFormula()));
            int index = i;
            firstAndCount.computeIfAbsent(spellings[i].key(), k -> new int[] {index, 0})[1]++;
        }
        List<ScreenResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] fc = firstAndCount.get(spellings[i].key());
            String formula = spellings[i].formula();
            results.add(fc[0] == i
                    ? new ScreenResult(Verdict.PASS, fc[1] == 1 ? "unique" : "first of " + fc[1] + " × " + formula, fc[1])
                    : new ScreenResult(Verdict.FAIL, "duplicate of candidate " + fc[0] + " (" + formula + ")", fc[1]));
        }
        context.progress(1, "uniqueness: " + firstAndCount.size() + " distinct of " + n);
        return results;
    }

    /** A composition's uniqueness key and reduced formula. */
    private record Spelling(String key, String formula) {
    }
}
