package org.matforge.commons.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The fast path gives what DL4J's own feedForward / backpropGradient / updater give: outputs, input gradients and
 * parameters after every step, in double precision, on a small net (12 → 16 → 8 → 3), several activations, L2, DL4J's
 * decoupled weight decay, an added weight gradient (as the GAN's gradient penalty adds) and changing batch sizes.
 */
class MlpFastPathTest {
    private static final int[] BATCHES = {16, 16, 5, 16, 9, 16};

    private static INDArray gaussian(SplittableRandom random, int rows, int cols) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextGaussian();
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c');
    }

    private static MultiLayerNetwork network(Activation activation, double l2, double weightDecay) {
        NeuralNetConfiguration.Builder b = new NeuralNetConfiguration.Builder().seed(11).dataType(DataType.DOUBLE)
                .weightInit(WeightInit.XAVIER).updater(new Adam(3e-2, 0.5, 0.999, 1e-8))
                .trainingWorkspaceMode(WorkspaceMode.NONE).inferenceWorkspaceMode(WorkspaceMode.NONE);
        if (l2 > 0) {
            b.l2(l2);
        }
        if (weightDecay > 0) {
            b.weightDecay(weightDecay);
        }
        MultiLayerNetwork net = new MultiLayerNetwork(b.list()
                .layer(new DenseLayer.Builder().nIn(12).nOut(16).activation(activation).build())
                .layer(new DenseLayer.Builder().nIn(16).nOut(8).activation(activation).build())
                .layer(new DenseLayer.Builder().nIn(8).nOut(3).activation(Activation.IDENTITY).build())
                .build());
        net.init();
        return net;
    }

    /** Trains a DL4J-path and a fast-path copy of the same network side by side and compares them after each step. */
    private static void sameAsDl4j(Activation activation, double l2, double weightDecay, boolean penalty) {
        Mlp reference = Mlp.wrap(network(activation, l2, weightDecay), false);
        Mlp fast = Mlp.wrap(network(activation, l2, weightDecay), true);
        assertFalse(reference.fast());
        assertTrue(fast.fast());
        assertArrayEquals(reference.copyParams().toDoubleVector(), fast.copyParams().toDoubleVector(), 0, "same initial parameters");
        SplittableRandom random = new SplittableRandom(5);
        for (int step = 0; step < BATCHES.length; step++) {
            INDArray x = gaussian(random, BATCHES[step], 12);
            INDArray dOut = gaussian(random, BATCHES[step], 3).muli(0.1);
            String where = activation + " step " + step;
            close(reference.forward(x, true).dup(), fast.forward(x, true), 1e-12, where + " outputs");
            close(reference.backward(dOut), fast.backward(dOut), 1e-12, where + " input gradients");
            if (penalty) {
                INDArray dW = gaussian(random, 16, 8).muli(0.01);
                reference.addWeightGradient(1, dW);
                fast.addWeightGradient(1, dW);
            }
            reference.step();
            fast.step();
            close(reference.copyParams(), fast.copyParams(), 1e-11, where + " parameters");
        }
        assertTrue(reference.copyParams().sub(network(activation, l2, weightDecay).params()).norm2Number().doubleValue() > 1e-3,
                "the steps moved the parameters");
    }

    private static void close(INDArray expected, INDArray actual, double tolerance, String what) {
        double[] e = expected.dup('c').reshape(expected.length()).toDoubleVector();
        double[] a = actual.dup('c').reshape(actual.length()).toDoubleVector();
        assertEquals(e.length, a.length, what);
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], tolerance * Math.max(1, Math.abs(e[i])), what + " [" + i + "]");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"LEAKYRELU", "RELU", "TANH", "SIGMOID", "SWISH", "ELU", "GELU"})
    void stepsMatchDl4jForEachActivation(Activation activation) {
        sameAsDl4j(activation, 0, 0, false);
    }

    @Test
    void l2AndAnAddedWeightGradientMatchDl4j() {
        sameAsDl4j(Activation.LEAKYRELU, 1e-2, 0, true);
    }

    @Test
    void decoupledWeightDecayMatchesDl4j() {
        sameAsDl4j(Activation.TANH, 0, 1e-2, false);
    }

    @Test
    void theLearningRateChangeAndZeroLearningRateMatchDl4j() {
        Mlp reference = Mlp.wrap(network(Activation.LEAKYRELU, 0, 0), false);
        Mlp fast = Mlp.wrap(network(Activation.LEAKYRELU, 0, 0), true);
        SplittableRandom random = new SplittableRandom(3);
        for (double lr : new double[] {1e-2, 0, 1e-3}) {
            reference.setLearningRate(lr);
            fast.setLearningRate(lr);
            INDArray x = gaussian(random, 8, 12);
            INDArray dOut = gaussian(random, 8, 3);
            reference.forward(x, true);
            fast.forward(x, true);
            reference.backward(dOut);
            fast.backwardForStep(dOut);
            reference.step();
            fast.step();
            close(reference.copyParams(), fast.copyParams(), 1e-11, "after a step at learning rate " + lr);
        }
    }

    @Test
    void floatTrainingIsReproducibleBitForBit() {
        float[][] runs = new float[2][];
        for (int run = 0; run < 2; run++) {
            Mlp mlp = Mlp.create(21, 30, new int[] {64, 32}, 2, Activation.LEAKYRELU, new Adam(1e-3), 1e-4);
            assertTrue(mlp.fast());
            SplittableRandom random = new SplittableRandom(9);
            for (int step = 0; step < 20; step++) {
                INDArray x = Randoms.gaussian(random, 32, 30);
                INDArray out = mlp.forward(x, true);
                mlp.backward(out.sub(Randoms.gaussian(random, 32, 2)).muli(1.0 / 32));
                mlp.step();
            }
            runs[run] = Mlp.values(mlp.copyParams());
        }
        assertArrayEquals(runs[0], runs[1]);
    }

    @Test
    void stepsNeedABackwardPassAndBackwardItsOwnForwardPass() {
        Mlp fast = Mlp.wrap(network(Activation.RELU, 0, 0), true);
        assertThrows(IllegalStateException.class, fast::step);
        INDArray x = gaussian(new SplittableRandom(1), 4, 12);
        fast.forward(x, true);
        fast.backward(Nd4j.ones(DataType.DOUBLE, 4, 3));
        assertThrows(IllegalStateException.class, () -> fast.backward(Nd4j.ones(DataType.DOUBLE, 4, 3)));
        fast.step();
        assertThrows(IllegalStateException.class, fast::step);
        fast.forward(x, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fast.backward(Nd4j.ones(DataType.DOUBLE, 4, 2)));
        assertTrue(e.getMessage().contains("4 × 2"), e.getMessage());
    }

    @Test
    void otherLayerKindsTrainOnDl4jsPath() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).updater(new Adam(1e-3)).list()
                .layer(new DenseLayer.Builder().nIn(4).nOut(4).activation(Activation.RELU).build())
                .layer(new DropoutLayer.Builder(0.5).build())
                .layer(new DenseLayer.Builder().nIn(4).nOut(1).activation(Activation.IDENTITY).build())
                .build());
        net.init();
        assertFalse(Mlp.wrap(net).fast());
    }
}
