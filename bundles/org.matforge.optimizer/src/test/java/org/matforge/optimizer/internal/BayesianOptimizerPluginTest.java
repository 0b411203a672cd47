package org.matforge.optimizer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.Parameters;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.spi.optimizer.Dimension;
import org.matforge.spi.optimizer.Observation;
import org.matforge.spi.task.TaskContext;

class BayesianOptimizerPluginTest {
    private final List<Dimension> space = List.of(new Dimension("temperature", 300, 500, false), new Dimension("cycles", 1, 10, true));

    private static double synthesisYield(double[] x) {
        return -Math.pow((x[0] - 420) / 50, 2) - Math.pow((x[1] - 7) / 3, 2);
    }

    @Test
    void suggestsPointsInTheBoxWithWholeNumbersForIntegerDimensions() {
        List<Observation> obs = new ArrayList<>();
        double[][] start = {{300, 1}, {500, 10}, {400, 5}, {350, 8}};
        for (double[] x : start) {
            obs.add(new Observation(x, synthesisYield(x)));
        }
        for (SurrogateKind kind : SurrogateKind.values()) {
            if (kind == SurrogateKind.MLP_ENSEMBLE) {
                continue; // a predictor plug-in, tested with the real trainer in MlpEnsembleSurrogateTest
            }
            List<double[]> next = new BayesianOptimizerPlugin(kind).suggest(space, obs, 3, 42, Parameters.of(Map.of("goal", "maximize")), TaskContext.unobserved());
            assertEquals(3, next.size());
            for (double[] x : next) {
                assertTrue(x[0] >= 300 && x[0] <= 500, kind + " temperature " + x[0]);
                assertEquals(Math.rint(x[1]), x[1], kind + " cycles " + x[1]);
            }
        }
    }

    @Test
    void badParametersAndObservationsAreNamed() {
        BayesianOptimizerPlugin gp = new BayesianOptimizerPlugin(SurrogateKind.GP_ARD);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gp.suggest(space, List.of(), 1, 1, Parameters.of(Map.of("acquisition", "pi")), TaskContext.unobserved()));
        assertTrue(e.getMessage().startsWith("gp-ard: ") && e.getMessage().contains("acquisition"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> gp.suggest(space, List.of(new Observation(new double[] {600, 2}, 1)), 1, 1, Parameters.empty(),
                TaskContext.unobserved()));
        assertEquals("gp-ard: observation 1: temperature = 600.0 is outside [300.0, 500.0]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> gp.suggest(space, List.of(new Observation(new double[] {400, 2}, Double.NaN)), 1, 1,
                Parameters.empty(), TaskContext.unobserved()));
        assertEquals("gp-ard: observation 1: value is NaN", e.getMessage());
    }
}
