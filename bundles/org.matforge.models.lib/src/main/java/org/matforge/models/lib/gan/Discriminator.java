package org.matforge.models.lib.gan;

import org.matforge.commons.nn.Mlp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One discriminator of the GAN and the view of the compositions it judges: the one-hot encoding itself, or a
 * {@link ChemistryView} of it; a conditional GAN's discriminators also see the standardised condition.
 *
 * @param network the network (input: PacGAN packs of views, output: one score per pack)
 * @param view    the chemistry view, or null for the encoding itself
 */
record Discriminator(Mlp network, ChemistryView view) {

    /** @return the width of one sample's input: the view's (or the encoding's) plus the conditions */
    static int inputWidth(ChemistryView view, int codecWidth, int conditions) {
        return (view == null ? codecWidth : view.width()) + conditions;
    }

    /** @return what this discriminator sees of {@code rows} (one-hot, rows × codec width) with their conditions (or null) */
    INDArray input(INDArray rows, INDArray conditions) {
        INDArray v = view == null ? rows : view.forward(rows);
        return conditions == null ? v : Nd4j.hstack(v, conditions.castTo(v.dataType()));
    }

    /** @return d loss / d rows for d loss / d {@link #input} (unpacked: rows × input width) */
    INDArray rowsGradient(INDArray rows, INDArray dInput, boolean conditional) {
        INDArray d = conditional ? dInput.get(NDArrayIndex.all(), NDArrayIndex.interval(0, dInput.columns() - ConditionFeatures.WIDTH)).dup()
                : dInput;
        return view == null ? d : view.backward(rows, d);
    }
}
