package org.matforge.optimizer.lib.gp;

import java.util.Random;

import org.matforge.optimizer.lib.Surrogate;

/**
 * GP surrogate: targets standardised (zero mean, unit variance), Matérn 5/2 kernel isotropic or ARD, noise term,
 * hyper-parameters by {@link MarginalLikelihoodFit}. Inputs are expected in the unit box. {@link #predict} gives the
 * predictive distribution of a new measurement (latent variance plus the fitted noise variance), as scikit-learn's
 * GaussianProcessRegressor with a WhiteKernel does: the acquisitions score what an experiment would show, and with
 * noisy data that keeps EI from chasing the latent variance between measured points.
 */
public final class GpSurrogate implements Surrogate {
    private final MarginalLikelihoodFit fitter;
    private GaussianProcess gp;
    private double mu;
    private double sd = 1;

    /**
     * @param ard      one length scale per input
     * @param restarts optimiser starts per hyper-parameter fit
     */
    public GpSurrogate(boolean ard, int restarts) {
        this.fitter = new MarginalLikelihoodFit(ard, restarts, 400);
    }

    @Override
    public void fit(double[][] x, double[] y, Random random) {
        double[] z = standardise(y);
        gp = fitter.fit(x, z, gp == null ? null : gp.hyperparameters(), random);
    }

    @Override
    public void update(double[][] x, double[] y, Random random) {
        if (gp == null) {
            fit(x, y, random);
            return;
        }
        gp = GaussianProcess.fit(x, standardise(y), gp.hyperparameters());
    }

    private double[] standardise(double[] y) {
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= y.length;
        double s = 0;
        for (double v : y) {
            s += (v - m) * (v - m);
        }
        s = y.length > 1 ? Math.sqrt(s / y.length) : 0;
        mu = m;
        sd = s > 1e-12 ? s : 1;
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = (y[i] - mu) / sd;
        }
        return z;
    }

    /** Conditions on data with given hyper-parameters (for standardised targets), no fitting: the kriging believer's step. */
    public void condition(double[][] x, double[] y, GpHyperparameters h) {
        gp = GaussianProcess.fit(x, standardise(y), h);
    }

    @Override
    public Prediction predict(double[][] points) {
        double[] m = gp.mean(points);
        double[] v = gp.variance(points);
        double noise = gp.hyperparameters().noiseVariance();
        double[] s = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            m[i] = mu + sd * m[i];
            s[i] = sd * Math.sqrt(v[i] + noise);
        }
        return new Prediction(m, s);
    }

    @Override
    public double[] sample(double[][] points, Random random) {
        double[] f = gp.sample(points, random);
        for (int i = 0; i < f.length; i++) {
            f[i] = mu + sd * f[i];
        }
        return f;
    }

    @Override
    public double[] lengthScales() {
        return gp.hyperparameters().lengthScales();
    }

    /** @return the fitted GP (on standardised targets) */
    public GaussianProcess process() {
        return gp;
    }
}
