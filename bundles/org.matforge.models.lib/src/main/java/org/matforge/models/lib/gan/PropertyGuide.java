package org.matforge.models.lib.gan;

import org.matforge.commons.nn.Mlp;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The conditional GAN's auxiliary property regressor (the continuous analogue of AC-GAN's auxiliary classifier,
 * Odena et al. 2017): an MLP learns the standardised property from real one-hot rows, and the generator is also
 * pulled towards rows whose predicted property is the condition it was given — loss ½·(r(G(z, c)) − c)², mean over
 * rows. Without it the generator ignored the condition on expt_gap (samples for gap 0 and for 3–6 eV looked alike).
 */
final class PropertyGuide {
    private static final int[] HIDDEN = {256};

    private final Mlp regressor;

    /**
     * @param seed  initialisation seed
     * @param width the codec's row width
     * @param adam  the optimiser settings
     */
    PropertyGuide(long seed, int width, Adam adam) {
        this.regressor = Mlp.create(seed, width, HIDDEN, 1, Activation.LEAKYRELU, adam, 0);
    }

    /** One regression step on real rows and their standardised values (rows × 1); @return the loss before the step */
    double learn(INDArray rows, INDArray values) {
        INDArray error = regressor.forward(rows, true).sub(values.castTo(rows.dataType()));
        regressor.backwardForStep(error.div(rows.rows()));
        regressor.step();
        return 0.5 * error.mul(error).meanNumber().doubleValue();
    }

    /** @return d (½·mean (r(rows) − values)²) / d rows: the generator's pull towards its conditions */
    INDArray generatorGradient(INDArray rows, INDArray values) {
        INDArray error = regressor.forward(rows, true).sub(values.castTo(rows.dataType()));
        return regressor.backward(error.div(rows.rows()));
    }
}
