package org.matforge.optimizer.lib.gp;

/**
 * Hyper-parameters of a zero-mean GP with a Matérn 5/2 kernel: k(a, b) = signalVariance · Matern52(a, b) plus
 * noiseVariance on the diagonal.
 *
 * @param lengthScales   one per input (ARD) or a single one (isotropic)
 * @param signalVariance σ_f², > 0
 * @param noiseVariance  σ_n², ≥ 0
 */
public record GpHyperparameters(double[] lengthScales, double signalVariance, double noiseVariance) {
    /** Checks and copies. */
    public GpHyperparameters {
        lengthScales = lengthScales.clone();
        for (double l : lengthScales) {
            if (!(l > 0)) {
                throw new IllegalArgumentException("length scale must be > 0, was " + l);
            }
        }
        if (!(signalVariance > 0) || !(noiseVariance >= 0)) {
            throw new IllegalArgumentException("signal variance must be > 0 and noise variance ≥ 0");
        }
    }

    @Override
    public double[] lengthScales() {
        return lengthScales.clone();
    }

    /** @return whether one length scale serves every input */
    public boolean isotropic() {
        return lengthScales.length == 1;
    }
}
