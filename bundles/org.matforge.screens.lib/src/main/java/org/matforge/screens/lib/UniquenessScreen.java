package org.matforge.screens.lib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        String[] keys = new String[n];
        Map<String, int[]> firstAndCount = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (i % 10_000 == 0) {
                context.checkCancelled();
            }
            keys[i] = CompositionKey.of(candidates.get(i).composition());
            int index = i;
            firstAndCount.computeIfAbsent(keys[i], k -> new int[] {index, 0})[1]++;
        }
        List<ScreenResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] fc = firstAndCount.get(keys[i]);
            String formula = candidates.get(i).composition().reducedFormula();
            results.add(fc[0] == i
                    ? new ScreenResult(Verdict.PASS, fc[1] == 1 ? "unique" : "first of " + fc[1] + " × " + formula, fc[1])
                    : new ScreenResult(Verdict.FAIL, "duplicate of candidate " + fc[0] + " (" + formula + ")", fc[1]));
        }
        context.progress(1, "uniqueness: " + firstAndCount.size() + " distinct of " + n);
        return results;
    }
}
