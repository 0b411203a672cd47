package org.matforge.models.lib.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Softmax over consecutive groups of columns (one group per element: its count classes), with its backward
 * pass. Rows of width groups × classes are viewed as (rows·groups) × classes.
 */
public final class GroupedSoftmax {
    private GroupedSoftmax() {
    }

    /** @return the probabilities, same shape as {@code logits} (rows × groups·classes) */
    public static INDArray forward(INDArray logits, int classes) {
        long rows = logits.rows();
        INDArray flat = logits.reshape('c', rows * (logits.columns() / classes), classes);
        INDArray shifted = flat.subColumnVector(flat.max(1).reshape(flat.rows(), 1));
        INDArray exp = Transforms.exp(shifted, false);
        INDArray probs = exp.diviColumnVector(exp.sum(1).reshape(exp.rows(), 1));
        return probs.reshape('c', rows, logits.columns());
    }

    /**
     * @param probs    the output of {@link #forward}
     * @param dProbs   gradient of the loss w.r.t. the probabilities
     * @param classes  classes per group
     * @return gradient w.r.t. the logits: p ⊙ (g − Σ g ⊙ p) per group
     */
    public static INDArray backward(INDArray probs, INDArray dProbs, int classes) {
        long rows = probs.rows();
        long groups = probs.columns() / classes;
        INDArray p = probs.reshape('c', rows * groups, classes);
        INDArray g = dProbs.reshape('c', rows * groups, classes);
        INDArray dot = g.mul(p).sum(1).reshape(rows * groups, 1);
        INDArray d = g.subColumnVector(dot).muli(p);
        return d.reshape('c', rows, probs.columns());
    }
}
