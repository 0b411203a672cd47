package org.matforge.optimizer.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.optimizer.lib.acquisition.Acquisition;
import org.matforge.optimizer.lib.bench.PoolBench;
import org.matforge.optimizer.lib.space.SearchSpace;
import org.matforge.optimizer.lib.space.Variable;

/** The pool protocol on the real AgNP flow-synthesis campaign (Mekki-Berrada et al. 2021). */
class PoolSimulationTest {
    @Test
    void repeatsAreAveragedAndTheTopShareIsRoundedUp() {
        SearchSpace space = new SearchSpace(List.of(new Variable.Continuous("x", 0, 1)), List.of());
        PoolSimulation sim = new PoolSimulation(space, List.of(new double[] {0.1}, new double[] {0.1}, new double[] {0.5}), new double[] {1, 3, 2.5}, true, 0.05);
        assertEquals(2, sim.poolSize());
        assertEquals(1, sim.topCount());
        int[] found = sim.run(BoSettings.defaults(true).with(SurrogateKind.RANDOM), 2, 2, 1);
        assertEquals(1, found[1], "both points measured: the top one (mean 2.0 < 2.5, so x = 0.5) is found");
    }

    @Test
    void gpArdWithEiFindsHalfOfTheBestAgnpRecipesFasterThanRandom() throws Exception {
        PoolSimulation sim = PoolBench.load("agnp");
        assertEquals(164, sim.poolSize());
        assertEquals(9, sim.topCount());
        BoSettings settings = new BoSettings(SurrogateKind.GP_ARD, Acquisition.EI, 0.01, true, 1, 5, 1);
        double sum = 0;
        int seeds = 3;
        for (int seed = 0; seed < seeds; seed++) {
            int[] found = sim.run(settings, 2, 60, seed);
            int n = 60;
            for (int k = 0; k < found.length; k++) {
                if (found[k] >= 5) {
                    n = k + 1;
                    break;
                }
            }
            sum += n;
        }
        double randomExpected = 5.0 * 165 / 10;
        assertTrue(sum / seeds < randomExpected / 2, "experiments to find 5 of the top 9: " + sum / seeds + ", random expects " + randomExpected);
    }
}
