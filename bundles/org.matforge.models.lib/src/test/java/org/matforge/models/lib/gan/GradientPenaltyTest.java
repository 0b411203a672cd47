package org.matforge.models.lib.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.matforge.commons.nn.Mlp;
import org.matforge.commons.nn.Randoms;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/** The closed-form WGAN-GP penalty and its parameter gradient on a small double-precision LeakyReLU critic. */
class GradientPenaltyTest {
    private static final double LAMBDA = 10;

    private final Mlp critic = Mlp.create(5, 6, new int[] {5, 4}, 1, Activation.LEAKYRELU, new Adam(1e-3), 0, DataType.DOUBLE);
    private final INDArray x = Randoms.gaussian(new SplittableRandom(3), 7, 6).castTo(DataType.DOUBLE);

    @Test
    void inputGradientNormIsTheOneDl4jBackPropagates() {
        critic.forward(x, true);
        INDArray g = critic.backward(Nd4j.ones(DataType.DOUBLE, x.rows(), 1));
        double norm = g.norm2(1).meanNumber().doubleValue();
        GradientPenalty.Result p = GradientPenalty.of(critic.network(), x, LAMBDA);
        assertEquals(norm, p.meanNorm(), 1e-8 * norm); // DL4J applies the LeakyReLU slope in single precision
        INDArray excess = g.norm2(1).subi(1);
        double expected = LAMBDA * excess.muli(excess).meanNumber().doubleValue();
        assertEquals(expected, p.penalty(), 1e-7 * expected);
    }

    @Test
    void weightGradientsMatchFiniteDifferencesAndBiasGradientsAreZero() {
        MultiLayerNetwork net = critic.network();
        GradientPenalty.Result p = GradientPenalty.of(net, x, LAMBDA);
        assertTrue(p.penalty() > 0);
        double h = 1e-6;
        int checked = 0;
        for (int l = 0; l < net.getnLayers(); l++) {
            for (String kind : new String[] {"_W", "_b"}) {
                INDArray param = net.getParam(l + kind);
                for (int r = 0; r < param.rows(); r++) {
                    for (int c = 0; c < param.columns(); c++) {
                        double v = param.getDouble(r, c);
                        param.putScalar(r, c, v + h);
                        double plus = GradientPenalty.of(net, x, LAMBDA).penalty();
                        param.putScalar(r, c, v - h);
                        double minus = GradientPenalty.of(net, x, LAMBDA).penalty();
                        param.putScalar(r, c, v);
                        double fd = (plus - minus) / (2 * h);
                        double analytic = kind.equals("_W") ? p.weightGradients()[l].getDouble(r, c) : 0;
                        assertEquals(fd, analytic, 1e-7 + 1e-3 * Math.abs(fd), "layer " + l + kind + " [" + r + ", " + c + "]");
                        checked++;
                    }
                }
            }
        }
        assertEquals(6 * 5 + 5 + 5 * 4 + 4 + 4 + 1, checked);
    }

    @Test
    void theTrainingPathAddsThePenaltyGradientToTheCriticsStep() {
        critic.forward(x, true);
        critic.backward(Nd4j.zeros(DataType.DOUBLE, x.rows(), 1));
        GradientPenalty.Result p = GradientPenalty.of(critic.network(), x, LAMBDA);
        for (int l = 0; l < p.weightGradients().length; l++) {
            critic.addWeightGradient(l, p.weightGradients()[l]);
        }
        double before = p.penalty();
        critic.step();
        // with only the penalty's gradient, an Adam step must lower the penalty
        assertTrue(GradientPenalty.of(critic.network(), x, LAMBDA).penalty() < before);
    }
}
