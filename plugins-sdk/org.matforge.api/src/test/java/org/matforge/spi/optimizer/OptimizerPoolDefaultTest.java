package org.matforge.spi.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.Parameters;
import org.matforge.spi.task.TaskContext;

/** The SPI's default pool mode: an optimiser that only suggests points gets, for each, the nearest candidate not taken yet. */
class OptimizerPoolDefaultTest {
    private static final List<Dimension> SPACE = List.of(new Dimension("T", 300, 500, false), new Dimension("x", 0, 1, false));

    /** Suggests (400, 0.5) twice: the second pick must fall to the next-nearest candidate. */
    private static final Optimizer TWICE_THE_CENTRE = (space, observations, count, seed, parameters, context) ->
            java.util.Collections.nCopies(count, new double[] {400, 0.5});

    @Test
    void eachSuggestionTakesTheNearestCandidateInTheUnitScaledBoxNotTakenBefore() {
        // squared distances to (400, 0.5) in the unit-scaled box: 0.1225, 0.16, 0.0406 (in raw units candidate 1 would be nearest)
        List<double[]> pool = List.of(new double[] {330, 0.5}, new double[] {400, 0.9}, new double[] {405, 0.3});
        int[] chosen = TWICE_THE_CENTRE.choose(SPACE, List.of(), pool, 2, 1, Parameters.empty(), TaskContext.unobserved());
        assertArrayEquals(new int[] {2, 0}, chosen, "the nearest, then the nearest of the rest");
        assertEquals(Map.of(), TWICE_THE_CENTRE.lengthScales(SPACE, List.of(), 1, Parameters.empty(), TaskContext.unobserved()));
    }

    @Test
    void aPoolSmallerThanTheBatchIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TWICE_THE_CENTRE.choose(SPACE, List.of(),
                List.of(new double[] {400, 0.5}), 2, 1, Parameters.empty(), TaskContext.unobserved()));
        assertEquals("the pool has 1 candidates; asked for 2", e.getMessage());
    }
}
