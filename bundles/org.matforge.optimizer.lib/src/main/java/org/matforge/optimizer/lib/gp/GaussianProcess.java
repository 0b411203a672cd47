package org.matforge.optimizer.lib.gp;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * The exact posterior of a zero-mean GP with fixed {@link GpHyperparameters} on given inputs and targets (no
 * scaling here: {@link GpSurrogate} scales). Cholesky factorisation by EJML; a tiny jitter is added only when the
 * covariance is numerically not positive definite.
 */
public final class GaussianProcess {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final double[][] x;
    private final GpHyperparameters h;
    private final double[] lower; // L, row-major n×n, K = L Lᵀ
    private final double[] alpha; // K⁻¹ y
    private final double logMarginalLikelihood;

    private GaussianProcess(double[][] x, GpHyperparameters h, double[] lower, double[] alpha, double lml) {
        this.x = x;
        this.h = h;
        this.lower = lower;
        this.alpha = alpha;
        this.logMarginalLikelihood = lml;
    }

    /**
     * @param x inputs, n × d
     * @param y targets, n
     * @param h hyper-parameters
     * @return the posterior
     * @throws IllegalArgumentException when the covariance cannot be factorised even with jitter
     */
    public static GaussianProcess fit(double[][] x, double[] y, GpHyperparameters h) {
        int n = x.length;
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException("a GP needs at least one point and one target per point (got " + n + " points, " + y.length + " targets)");
        }
        double[] k = new double[n * n];
        double[] ls = h.lengthScales();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = h.signalVariance() * Matern52.correlation(x[i], x[j], ls);
                k[i * n + j] = v;
                k[j * n + i] = v;
            }
            k[i * n + i] += h.noiseVariance();
        }
        double[] l = null;
        double jitter = 0;
        for (int attempt = 0; attempt < 6 && l == null; attempt++) {
            l = cholesky(k, n, jitter);
            jitter = jitter == 0 ? 1e-10 * h.signalVariance() : jitter * 100;
        }
        if (l == null) {
            throw new IllegalArgumentException("GP covariance is not positive definite (duplicate inputs without noise?)");
        }
        double[] a = y.clone();
        TriangularSolver_DDRM.solveL(l, a, n);
        double quad = 0;
        for (double v : a) {
            quad += v * v;
        }
        TriangularSolver_DDRM.solveTranL(l, a, n);
        double logDet = 0;
        for (int i = 0; i < n; i++) {
            logDet += Math.log(l[i * n + i]);
        }
        double lml = -0.5 * quad - logDet - 0.5 * n * LOG_2PI;
        double[][] xs = new double[n][];
        for (int i = 0; i < n; i++) {
            xs[i] = x[i].clone();
        }
        return new GaussianProcess(xs, h, l, a, lml);
    }

    private static double[] cholesky(double[] k, int n, double jitter) {
        DMatrixRMaj m = new DMatrixRMaj(n, n, true, k);
        for (int i = 0; i < n && jitter > 0; i++) {
            m.add(i, i, jitter);
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
        if (!chol.decompose(m)) {
            return null;
        }
        DMatrixRMaj l = chol.getT(null);
        for (int i = 0; i < n; i++) {
            if (!(l.get(i, i) > 0)) {
                return null;
            }
        }
        return l.data;
    }

    /** @return log p(y | X, θ) */
    public double logMarginalLikelihood() {
        return logMarginalLikelihood;
    }

    /** @return the hyper-parameters */
    public GpHyperparameters hyperparameters() {
        return h;
    }

    /** @return posterior mean of the latent function at each point */
    public double[] mean(double[][] points) {
        double[] out = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            double[] ks = crossCovariance(points[p]);
            double m = 0;
            for (int i = 0; i < ks.length; i++) {
                m += ks[i] * alpha[i];
            }
            out[p] = m;
        }
        return out;
    }

    /** @return posterior variance of the latent function (without observation noise) at each point, ≥ 0 */
    public double[] variance(double[][] points) {
        int n = x.length;
        double[] out = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            double[] v = crossCovariance(points[p]);
            TriangularSolver_DDRM.solveL(lower, v, n);
            double s = 0;
            for (double e : v) {
                s += e * e;
            }
            out[p] = Math.max(0, h.signalVariance() - s);
        }
        return out;
    }

    /** @return one draw of the latent function jointly at all points (posterior covariance factorised by EJML) */
    public double[] sample(double[][] points, Random random) {
        int n = x.length;
        int m = points.length;
        double[][] v = new double[m][];
        for (int p = 0; p < m; p++) {
            v[p] = crossCovariance(points[p]);
            TriangularSolver_DDRM.solveL(lower, v[p], n);
        }
        double[] ls = h.lengthScales();
        double[] cov = new double[m * m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b <= a; b++) {
                double s = h.signalVariance() * Matern52.correlation(points[a], points[b], ls);
                for (int i = 0; i < n; i++) {
                    s -= v[a][i] * v[b][i];
                }
                cov[a * m + b] = s;
                cov[b * m + a] = s;
            }
        }
        double[] l = null;
        double jitter = 1e-8 * h.signalVariance();
        for (int attempt = 0; attempt < 8 && l == null; attempt++, jitter *= 10) {
            l = cholesky(cov, m, jitter);
        }
        double[] mean = mean(points);
        double[] z = new double[m];
        for (int i = 0; i < m; i++) {
            z[i] = random.nextGaussian();
        }
        double[] out = mean.clone();
        for (int a = 0; a < m; a++) {
            if (l == null) {
                out[a] += Math.sqrt(Math.max(0, cov[a * m + a])) * z[a];
                continue;
            }
            for (int b = 0; b <= a; b++) {
                out[a] += l[a * m + b] * z[b];
            }
        }
        return out;
    }

    private double[] crossCovariance(double[] point) {
        double[] ls = h.lengthScales();
        double[] ks = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            ks[i] = h.signalVariance() * Matern52.correlation(x[i], point, ls);
        }
        return ks;
    }
}
