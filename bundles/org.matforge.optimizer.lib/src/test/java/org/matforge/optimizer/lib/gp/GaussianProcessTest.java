package org.matforge.optimizer.lib.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class GaussianProcessTest {
    private static final double SF2 = 2.0, SN2 = 0.1, L = 0.3;

    private static double k(double r) {
        double s = Math.sqrt(5) * r;
        return SF2 * (1 + s + s * s / 3) * Math.exp(-s);
    }

    @Test
    void oneTrainingPointGivesTheTextbookPosteriorAtAndAwayFromIt() {
        GaussianProcess gp = GaussianProcess.fit(new double[][] {{0.5}}, new double[] {1.0}, new GpHyperparameters(new double[] {L}, SF2, SN2));
        double[][] at = {{0.5}, {0.8}};
        double[] mean = gp.mean(at);
        double[] var = gp.variance(at);
        assertEquals(SF2 / (SF2 + SN2), mean[0], 1e-12);
        assertEquals(SF2 - SF2 * SF2 / (SF2 + SN2), var[0], 1e-12);
        double k1 = k(0.3 / L);
        assertEquals(k1 / (SF2 + SN2), mean[1], 1e-12);
        assertEquals(SF2 - k1 * k1 / (SF2 + SN2), var[1], 1e-12);
    }

    @Test
    void twoPointsMatchTheHandInvertedCovarianceBetweenThemAndTheLikelihood() {
        double a = SF2 + SN2;
        double b = k(0.4 / L);
        GaussianProcess gp = GaussianProcess.fit(new double[][] {{0.2}, {0.6}}, new double[] {1, -1}, new GpHyperparameters(new double[] {L}, SF2, SN2));
        // K⁻¹ = [[a, −b], [−b, a]] / (a² − b²); K⁻¹y = (a + b)(1, −1) / (a² − b²) = (1, −1) / (a − b)
        double alpha = 1 / (a - b);
        double kx1 = k(0.2 / L);
        double kx2 = k(0.2 / L);
        assertEquals(alpha * kx1 - alpha * kx2, gp.mean(new double[][] {{0.4}})[0], 1e-12, "midway between +1 and −1 the mean is 0");
        double kq1 = k(0.1 / L);
        double kq2 = k(0.3 / L);
        assertEquals(alpha * (kq1 - kq2), gp.mean(new double[][] {{0.3}})[0], 1e-12);
        double quad = (a * (kq1 * kq1 + kq2 * kq2) - 2 * b * kq1 * kq2) / (a * a - b * b);
        assertEquals(SF2 - quad, gp.variance(new double[][] {{0.3}})[0], 1e-12);
        double lml = -0.5 * 2 / (a - b) - 0.5 * Math.log(a * a - b * b) - Math.log(2 * Math.PI);
        assertEquals(lml, gp.logMarginalLikelihood(), 1e-12);
    }

    @Test
    void withoutNoiseTheMeanInterpolatesAndTheVarianceVanishesAtTrainingPoints() {
        double[][] x = {{0.1, 0.2}, {0.5, 0.9}, {0.8, 0.4}, {0.3, 0.6}};
        double[] y = {0.3, -1.2, 2.0, 0.7};
        GaussianProcess gp = GaussianProcess.fit(x, y, new GpHyperparameters(new double[] {0.4, 0.7}, 1.5, 1e-10));
        double[] mean = gp.mean(x);
        double[] var = gp.variance(x);
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], mean[i], 1e-6);
            assertEquals(0, var[i], 1e-6);
        }
        assertTrue(gp.variance(new double[][] {{0.95, 0.05}})[0] > 0.5, "far from the data the variance returns towards σ_f²");
    }

    @Test
    void ardGivesAnIrrelevantInputALongLengthScale() {
        Random random = new Random(7);
        int n = 40;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextDouble();
            }
            y[i] = Math.sin(6 * x[i][0]) + 0.5 * x[i][1] * x[i][1] + 0.01 * random.nextGaussian();
        }
        GpSurrogate ard = new GpSurrogate(true, 3);
        ard.fit(x, y, new Random(1));
        double[] ls = ard.lengthScales();
        assertTrue(ls[2] > 5 * ls[0] && ls[2] > 2 * ls[1], "x3 does not matter: its length scale is the longest, was " + java.util.Arrays.toString(ls));
        assertTrue(ls[2] > 2, "length scale of the irrelevant input " + ls[2]);
        GpSurrogate iso = new GpSurrogate(false, 3);
        iso.fit(x, y, new Random(1));
        assertTrue(ard.process().logMarginalLikelihood() >= iso.process().logMarginalLikelihood() - 1e-6,
                "ARD contains the isotropic model, so its likelihood is at least as high");
    }

    @Test
    void theFittedHyperparametersBeatTheStartingGuessInLikelihood() {
        Random random = new Random(3);
        double[][] x = new double[25][1];
        double[] y = new double[25];
        for (int i = 0; i < 25; i++) {
            x[i][0] = random.nextDouble();
            y[i] = Math.cos(10 * x[i][0]) + 0.05 * random.nextGaussian();
        }
        double start = GaussianProcess.fit(x, y, new GpHyperparameters(new double[] {0.5}, 1, 0.01)).logMarginalLikelihood();
        GaussianProcess fitted = new MarginalLikelihoodFit(false, 2, 300).fit(x, y, null, random);
        assertTrue(fitted.logMarginalLikelihood() > start);
        assertTrue(fitted.hyperparameters().lengthScales()[0] < 0.5, "a wiggly function gets a short length scale");
    }

    @Test
    void theSurrogatePredictsANewMeasurementLatentVariancePlusFittedNoise() {
        Random random = new Random(5);
        double[][] x = new double[30][1];
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            x[i][0] = random.nextDouble();
            y[i] = 3 * x[i][0] + 0.3 * random.nextGaussian();
        }
        GpSurrogate surrogate = new GpSurrogate(false, 3);
        surrogate.fit(x, y, new Random(1));
        GaussianProcess gp = surrogate.process();
        double noise = gp.hyperparameters().noiseVariance();
        assertTrue(noise > 0.01, "scattered data get a clear noise term (standardised units), was " + noise);
        double m = java.util.Arrays.stream(y).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(y).map(v -> (v - m) * (v - m)).sum() / y.length);
        double[][] at = {x[0], {0.5}};
        double[] latent = gp.variance(at);
        double[] predicted = surrogate.predict(at).sd();
        for (int i = 0; i < at.length; i++) {
            assertEquals(sd * Math.sqrt(latent[i] + noise), predicted[i], 1e-9);
        }
        assertTrue(predicted[0] > sd * Math.sqrt(noise) - 1e-12, "even at a measured point a new measurement is uncertain by the noise");
    }
}
