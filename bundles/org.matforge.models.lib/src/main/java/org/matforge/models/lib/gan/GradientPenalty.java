package org.matforge.models.lib.gan;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The WGAN-GP gradient penalty λ·mean_b (‖∇x f(x_b)‖₂ − 1)² of a dense critic f with piecewise-linear hidden
 * activations (LeakyReLU, ReLU) and one linear output, and its exact gradient with respect to the critic's weight
 * matrices — in closed form, because DL4J's {@code MultiLayerNetwork} has no double backprop.
 * <p>
 * With activation-derivative masks m_l (constant almost everywhere for piecewise-linear activations), the input
 * gradient is g = (…((1·W_Lᵀ) ⊙ m_{L−1}) W_{L−1}ᵀ … ⊙ m_1) W_1ᵀ: linear in every W_l, independent of the biases.
 * The penalty's weight gradient follows by back-propagating dP/dg through that chain; bias gradients are zero.
 * Computed in double precision whatever the critic's data type.
 */
public final class GradientPenalty {
    private GradientPenalty() {
    }

    /**
     * @param penalty         λ·mean (‖g‖ − 1)²
     * @param meanNorm        mean ‖g‖ over the rows (a diagnostic: 1 for a 1-Lipschitz critic along the rows)
     * @param weightGradients d penalty / d W_l for every layer l, shaped like DL4J's {@code l_W} ([nIn, nOut])
     */
    public record Result(double penalty, double meanNorm, INDArray[] weightGradients) {
    }

    /**
     * @param critic the critic (dense layers, piecewise-linear hidden activations, linear single output)
     * @param x      rows at which the input gradient is penalised (interpolates of real and generated packs)
     * @param lambda penalty weight λ
     * @return the penalty and its weight gradients
     * @throws IllegalArgumentException when the critic has another form
     */
    public static Result of(MultiLayerNetwork critic, INDArray x, double lambda) {
        int layers = critic.getnLayers();
        int last = layers - 1;
        INDArray[] w = new INDArray[layers];
        INDArray[] mask = new INDArray[layers];
        INDArray h = x.castTo(DataType.DOUBLE);
        for (int l = 0; l < layers; l++) {
            w[l] = critic.getParam(l + "_W").castTo(DataType.DOUBLE);
            INDArray z = h.mmul(w[l]).addiRowVector(critic.getParam(l + "_b").castTo(DataType.DOUBLE));
            double slope = negativeSlope(critic, l);
            if (l == last) {
                if (slope != 1 || w[l].columns() != 1) {
                    throw new IllegalArgumentException("gradient penalty: the critic's last layer must be linear with one output");
                }
            } else {
                mask[l] = z.gt(0).castTo(DataType.DOUBLE).muli(1 - slope).addi(slope);
                h = z.muli(mask[l]);
            }
        }
        int rows = (int) x.rows();
        // delta[l] = d f / d z_l
        INDArray[] delta = new INDArray[layers];
        delta[last] = Nd4j.ones(DataType.DOUBLE, rows, 1);
        for (int l = last; l > 0; l--) {
            delta[l - 1] = delta[l].mmul(w[l].transpose()).muli(mask[l - 1]);
        }
        INDArray g = delta[0].mmul(w[0].transpose());
        INDArray norm = g.norm2(1).reshape(rows, 1);
        INDArray excess = norm.sub(1);
        double penalty = lambda * excess.mul(excess).meanNumber().doubleValue();
        // dP/dg = (2λ/B)(‖g‖ − 1) g/‖g‖
        INDArray gv = g.mulColumnVector(excess.muli(2 * lambda / rows).divi(norm.add(1e-12)));
        INDArray[] dW = new INDArray[layers];
        for (int l = 0; l < layers; l++) {
            // v_l = delta_l W_lᵀ, v_0 = g; delta_l = v_{l+1} ⊙ m_l
            dW[l] = gv.transpose().mmul(delta[l]);
            if (l < last) {
                gv = gv.mmul(w[l]).muli(mask[l]);
            }
        }
        return new Result(penalty, norm.meanNumber().doubleValue(), dW);
    }

    private static double negativeSlope(MultiLayerNetwork critic, int layer) {
        if (!(critic.getLayer(layer).conf().getLayer() instanceof BaseLayer base)) {
            throw new IllegalArgumentException("gradient penalty: critic layer " + layer + " is not a dense layer");
        }
        IActivation fn = base.getActivationFn();
        if (fn instanceof ActivationLReLU lrelu) {
            return lrelu.getAlpha();
        }
        if (fn.equals(new ActivationReLU())) {
            return 0;
        }
        if (fn instanceof ActivationIdentity) {
            return 1;
        }
        throw new IllegalArgumentException("gradient penalty: critic layer " + layer + " has activation " + fn
                + "; the closed form needs piecewise-linear activations (LeakyReLU, ReLU, identity)");
    }
}
