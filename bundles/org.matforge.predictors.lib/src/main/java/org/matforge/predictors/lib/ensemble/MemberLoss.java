package org.matforge.predictors.lib.ensemble;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The loss of one ensemble member on standardised targets, with its gradient w.r.t. the network outputs.
 * Outputs are one column (mse, l1, logistic for classification) or two (nll: mean and log-variance).
 */
enum MemberLoss {
    /** Mean squared error. */
    MSE(1),
    /** Mean absolute error (the matbench metric). */
    L1(1),
    /** Gaussian negative log-likelihood with a predicted log-variance (Lakshminarayanan et al. 2017). */
    NLL(2),
    /** Binary cross-entropy on a logit. */
    LOGISTIC(1);

    private final int outputs;

    MemberLoss(int outputs) {
        this.outputs = outputs;
    }

    /** @return network outputs per row */
    int outputs() {
        return outputs;
    }

    /** @return the loss for the settings' name and task kind */
    static MemberLoss of(String name, boolean classification) {
        return classification ? LOGISTIC : valueOf(name.toUpperCase());
    }

    /** @return the mean loss of {@code out} against column vector {@code y} */
    double value(INDArray out, INDArray y) {
        INDArray mean = out.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 1));
        return switch (this) {
            case MSE -> Transforms.pow(mean.sub(y), 2, false).meanNumber().doubleValue();
            case L1 -> Transforms.abs(mean.sub(y), false).meanNumber().doubleValue();
            case NLL -> {
                INDArray logVar = clampedLogVar(out);
                yield Transforms.pow(mean.sub(y), 2, false).divi(Transforms.exp(logVar, true)).addi(logVar).muli(0.5)
                        .meanNumber().doubleValue();
            }
            case LOGISTIC -> Transforms.softPlus(mean, true).subi(mean.mul(y)).meanNumber().doubleValue();
        };
    }

    /** The mean loss of a mini-batch and its gradient w.r.t. the outputs (which the caller closes). */
    record Evaluated(double value, INDArray gradient) {
    }

    /** @return {@link #value} and {@link #gradient} at once; for l1 and mse from one difference array */
    Evaluated evaluate(INDArray out, INDArray y) {
        long n = out.rows();
        return switch (this) {
            case L1 -> {
                INDArray diff = out.sub(y);
                double value = diff.norm1Number().doubleValue() / n;
                yield new Evaluated(value, Transforms.sign(diff, false).divi(n));
            }
            case MSE -> {
                INDArray diff = out.sub(y);
                double norm = diff.norm2Number().doubleValue();
                yield new Evaluated(norm * norm / n, diff.muli(2.0 / n));
            }
            default -> new Evaluated(value(out, y), gradient(out, y));
        };
    }

    /** @return d mean-loss / d out */
    INDArray gradient(INDArray out, INDArray y) {
        long n = out.rows();
        INDArray mean = out.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 1));
        return switch (this) {
            case MSE -> mean.sub(y).muli(2.0 / n);
            case L1 -> Transforms.sign(mean.sub(y), false).divi(n);
            case NLL -> {
                INDArray logVar = clampedLogVar(out);
                INDArray invVar = Transforms.exp(logVar.neg(), false);
                INDArray diff = mean.sub(y);
                INDArray dMean = diff.mul(invVar).divi(n);
                INDArray dLogVar = diff.mul(diff).muli(invVar).rsubi(1).muli(0.5 / n);
                yield org.nd4j.linalg.factory.Nd4j.hstack(dMean, dLogVar);
            }
            case LOGISTIC -> Transforms.sigmoid(mean, true).subi(y).divi(n);
        };
    }

    private static INDArray clampedLogVar(INDArray out) {
        INDArray lv = out.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 2)).dup();
        Transforms.max(lv, -12, false);
        Transforms.min(lv, 12, false);
        return lv;
    }
}
