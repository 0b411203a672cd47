package org.matforge.optimizer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.optimizer.lib.Surrogate;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.task.TaskContext;

/**
 * A predictor trainer with uncertainty as a Bayesian-optimisation surrogate: trained on the unit-box inputs, its
 * prediction's mean and σ are the predictive distribution (for the mlp-ensemble: the members' mean and spread).
 * Thompson draws are independent per point (an ensemble has no joint covariance); it has no length scales; an update
 * retrains; with fewer than {@link #minimumObservations()} experiments the optimiser proposes at random.
 */
public final class TrainerSurrogate implements Surrogate {
    /** Small networks for a few dozen to a few hundred experiments; the seed is the optimiser's. */
    public static final Map<String, Object> SMALL_ENSEMBLE = Map.of("members", 5L, "layers", List.of(32L, 32L), "epochs", 200L, "patience", 30L,
            "batch", 16L, "validation", 0.2);

    private final PredictorTrainer trainer;
    private final Map<String, Object> options;
    private PropertyPredictor model;
    private List<String> labels;

    /**
     * @param trainer the predictor trainer (e.g. mlp-ensemble)
     * @param options its parameters; {@code seed} is set from the optimiser's random numbers at each fit
     */
    public TrainerSurrogate(PredictorTrainer trainer, Map<String, Object> options) {
        this.trainer = trainer;
        this.options = Map.copyOf(options);
    }

    @Override
    public void fit(double[][] x, double[] y, Random random) {
        Map<String, Object> p = new LinkedHashMap<>(options);
        p.put("seed", random.nextLong());
        labels = new ArrayList<>();
        for (int k = 0; k < x[0].length; k++) {
            labels.add("x" + k);
        }
        PredictionTask task = new PredictionTask("surrogate", "objective", "", false, List.of(), Map.of());
        model = trainer.train(matrix(x), y, task, Parameters.of(p), TaskContext.unobserved());
    }

    @Override
    public void update(double[][] x, double[] y, Random random) {
        fit(x, y, random);
    }

    @Override
    public Prediction predict(double[][] points) {
        org.matforge.api.discovery.Prediction[] p = model.predict(matrix(points), TaskContext.unobserved());
        double[] mean = new double[p.length];
        double[] sd = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            mean[i] = p[i].mean();
            sd[i] = p[i].std();
        }
        return new Prediction(mean, sd);
    }

    @Override
    public double[] sample(double[][] points, Random random) {
        Prediction p = predict(points);
        double[] out = new double[points.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.mean()[i] + p.sd()[i] * random.nextGaussian();
        }
        return out;
    }

    /** 12: the mlp-ensemble trains on at least 10 rows, and holds 20 % of them out for early stopping. */
    @Override
    public int minimumObservations() {
        return 12;
    }

    @Override
    public double[] lengthScales() {
        return null;
    }

    private FeatureMatrix matrix(double[][] x) {
        double[] flat = new double[x.length * labels.size()];
        for (int r = 0; r < x.length; r++) {
            System.arraycopy(x[r], 0, flat, r * labels.size(), labels.size());
        }
        return FeatureMatrix.of(labels, x.length, flat);
    }
}
