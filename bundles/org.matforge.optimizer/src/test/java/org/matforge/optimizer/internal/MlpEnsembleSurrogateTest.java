package org.matforge.optimizer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.Parameters;
import org.matforge.optimizer.lib.BoSettings;
import org.matforge.optimizer.lib.PoolSimulation;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.optimizer.lib.acquisition.Acquisition;
import org.matforge.predictors.lib.ensemble.MlpEnsembleTrainer;
import org.matforge.spi.optimizer.Dimension;
import org.matforge.spi.optimizer.Observation;
import org.matforge.spi.task.TaskContext;

/** The mlp-ensemble optimizer with the real deep-ensemble trainer (DL4J) on the real AgNP flow-synthesis pool. */
class MlpEnsembleSurrogateTest {
    private static BayesianOptimizerPlugin plugin() {
        MlpEnsembleTrainer trainer = new MlpEnsembleTrainer();
        return new BayesianOptimizerPlugin(SurrogateKind.MLP_ENSEMBLE, restarts -> new TrainerSurrogate(trainer, TrainerSurrogate.SMALL_ENSEMBLE));
    }

    @Test
    void aCampaignWithTheEnsembleFindsMoreOfTheBestAgnpConditionsThanRandomExperimentsWould() throws Exception {
        PoolSimulation agnp = SynthesisPools.load("agnp");
        MlpEnsembleTrainer trainer = new MlpEnsembleTrainer();
        BoSettings settings = new BoSettings(SurrogateKind.MLP_ENSEMBLE, Acquisition.EI, BoSettings.defaultWeight(Acquisition.EI), true, 1, 1, 1);
        int budget = 25;
        int[] found = agnp.run(settings, () -> new TrainerSurrogate(trainer, TrainerSurrogate.SMALL_ENSEMBLE), 2, budget, 1000);
        double random = (double) budget * agnp.topCount() / agnp.poolSize();
        assertTrue(found[budget - 1] > 2 * random, "found " + found[budget - 1] + " of the top " + agnp.topCount() + " in " + budget
                + " experiments; random would find " + random + " on average");
    }

    @Test
    void suggestsWithinTheBoxAndHasNoLengthScales() {
        List<Dimension> space = List.of(new Dimension("temperature", 300, 500, false), new Dimension("cycles", 1, 10, true));
        List<Observation> obs = new java.util.ArrayList<>();
        for (int i = 0; i < 14; i++) { // enough for the ensemble to be trained (12)
            double[] x = {300 + 200 * ((i * 7) % 13) / 12.0, 1 + (i * 5) % 10};
            obs.add(new Observation(x, -Math.pow((x[0] - 420) / 50, 2) - Math.pow((x[1] - 7) / 3, 2)));
        }
        Parameters goal = Parameters.of(Map.of("goal", "maximize", "candidates", 200));
        List<double[]> next = plugin().suggest(space, obs, 2, 7, goal, TaskContext.unobserved());
        assertEquals(2, next.size());
        for (double[] x : next) {
            assertTrue(x[0] >= 300 && x[0] <= 500 && x[1] == Math.rint(x[1]) && x[1] >= 1 && x[1] <= 10, x[0] + ", " + x[1]);
        }
        assertEquals(Map.of(), plugin().lengthScales(space, obs, 7, goal, TaskContext.unobserved()));
    }
}
