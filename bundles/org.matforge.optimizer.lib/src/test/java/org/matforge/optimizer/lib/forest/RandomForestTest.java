package org.matforge.optimizer.lib.forest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.matforge.optimizer.lib.Surrogate;

class RandomForestTest {
    @Test
    void learnsASmoothFunctionAndIsUnsureWhereTreesDisagree() {
        Random random = new Random(5);
        double[][] x = new double[150][2];
        double[] y = new double[150];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = random.nextDouble();
            x[i][1] = random.nextDouble();
            y[i] = f(x[i]);
        }
        RandomForest forest = new RandomForest();
        forest.fit(x, y, random);
        double[][] test = new double[200][2];
        double ss = 0, st = 0;
        for (double[] t : test) {
            t[0] = random.nextDouble();
            t[1] = random.nextDouble();
        }
        Surrogate.Prediction p = forest.predict(test);
        for (int i = 0; i < test.length; i++) {
            double e = p.mean()[i] - f(test[i]);
            ss += e * e;
            st += f(test[i]) * f(test[i]);
        }
        assertTrue(ss / st < 0.1, "relative squared error " + ss / st);
        for (double s : p.sd()) {
            assertTrue(s >= 0);
        }
        assertTrue(java.util.Arrays.stream(p.sd()).max().getAsDouble() > 0, "bootstrap trees disagree somewhere");
    }

    private static double f(double[] x) {
        return Math.sin(4 * x[0]) + x[1];
    }
}
