package org.matforge.screens.lib;

import static org.matforge.api.data.ParameterSpec.integer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/**
 * Keeps candidates with a number of distinct elements in [{@code min}, {@code max}] (defaults 2 and unbounded), e.g. to
 * drop pure elements from a compound search. Score: the number of elements.
 */
public final class ElementCountScreen implements Screen {
    /** The parameters of screen {@code element-count}. */
    static final ParameterSchema SCHEMA = ParameterSchema.of(
            integer("min", 2, 1, 118, "fewest distinct elements"),
            integer("max", 1, 118, "most distinct elements (default: no limit)"));

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
        parameters.requireOnly("element-count", Set.of("min", "max"));
        long min = parameters.integer("min", 2);
        long max = parameters.integer("max", Integer.MAX_VALUE);
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("element-count: parameters need 1 ≤ min ≤ max, got min " + min + ", max " + max);
        }
        String window = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
        List<ScreenResult> results = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            int elements = candidate.composition().size();
            boolean inside = elements >= min && elements <= max;
            results.add(new ScreenResult(inside ? Verdict.PASS : Verdict.FAIL,
                    elements + (elements == 1 ? " element" : " elements") + (inside ? "" : ", wanted " + window), elements));
        }
        return results;
    }
}
