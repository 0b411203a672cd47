package org.matforge.commons.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

class MlpTest {

    private static INDArray randomRows(int rows, int cols, long seed) {
        Random r = new Random(seed);
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return Nd4j.create(v, new long[] {rows, cols});
    }

    @Test
    void manualLossLoopLearnsASum() {
        Mlp mlp = Mlp.create(1, 5, new int[] {32}, 1, Activation.TANH, new Adam(1e-2), 0);
        INDArray x = randomRows(128, 5, 2);
        INDArray y = x.sum(true, 1);
        double first = 0;
        double last = 0;
        for (int i = 0; i < 300; i++) {
            INDArray out = mlp.forward(x, true);
            INDArray diff = out.sub(y);
            double loss = diff.mul(diff).meanNumber().doubleValue();
            if (i == 0) {
                first = loss;
            }
            last = loss;
            mlp.backward(diff.mul(2.0 / x.rows()));
            mlp.step();
        }
        assertTrue(last < first / 20, "MSE " + first + " -> " + last);
    }

    @Test
    void inputGradientMatchesFiniteDifferences() {
        Mlp mlp = Mlp.create(3, 4, new int[] {8}, 1, Activation.TANH, new Adam(1e-3), 0);
        INDArray x = randomRows(1, 4, 5);
        mlp.forward(x, false);
        INDArray grad = mlp.backward(Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, 1));
        double h = 1e-2;
        for (int j = 0; j < 4; j++) {
            INDArray plus = x.dup();
            plus.putScalar(0, j, x.getDouble(0, j) + h);
            INDArray minus = x.dup();
            minus.putScalar(0, j, x.getDouble(0, j) - h);
            double fd = (mlp.output(plus).getDouble(0) - mlp.output(minus).getDouble(0)) / (2 * h);
            assertEquals(fd, grad.getDouble(0, j), 1e-3 + 1e-2 * Math.abs(fd), "feature " + j);
        }
    }

    @Test
    void theLearningRateCanBeChangedBetweenSteps() {
        Mlp mlp = Mlp.create(4, 3, new int[] {8}, 1, Activation.TANH, new Adam(1e-2), 0);
        INDArray x = randomRows(16, 3, 5);
        INDArray y = x.sum(true, 1);
        double[] moved = new double[3];
        double[] rates = {1e-2, 1e-4, 0};
        for (int i = 0; i < rates.length; i++) {
            mlp.setLearningRate(rates[i]);
            INDArray before = mlp.copyParams();
            INDArray out = mlp.forward(x, true);
            mlp.backward(out.sub(y));
            mlp.step();
            moved[i] = mlp.copyParams().sub(before).norm2Number().doubleValue();
        }
        assertTrue(moved[0] > 10 * moved[1] && moved[1] > 0, "steps at lr 1e-2 and 1e-4: " + moved[0] + ", " + moved[1]);
        assertTrue(moved[2] < 1e-4 * moved[0], "a step at learning rate 0 moves (almost) nothing: " + moved[2]);
    }
}
