package org.matforge.explain.internal.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.explain.Explainer;
import org.matforge.api.explain.GlobalExplanation;
import org.matforge.api.explain.LocalExplanation;
import org.matforge.spi.predictor.DifferentiablePredictor;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.task.TaskContext;

/** The {@link Explainer} in plain Java: option checking and the choice of method. */
public final class Explanations implements Explainer {
    private static final Set<String> IMPORTANCE_OPTIONS = Set.of("repeats", "seed");
    private static final Set<String> LOCAL_OPTIONS = Set.of("method", "steps", "max-steps", "tolerance", "samples", "seed");

    @Override
    public GlobalExplanation importance(PropertyPredictor predictor, FeatureMatrix features, double[] targets,
            Parameters options, TaskContext context) {
        checkOptions(options, IMPORTANCE_OPTIONS);
        checkColumns(predictor, features);
        int repeats = (int) options.integer("repeats", 5);
        long seed = options.integer("seed", 0);
        return new PermutationImportance(means(predictor, context), repeats, seed)
                .explain(predictor.target(), features, targets, context);
    }

    @Override
    public List<LocalExplanation> attributions(PropertyPredictor predictor, FeatureMatrix rows, FeatureMatrix background,
            Parameters options, TaskContext context) {
        checkOptions(options, LOCAL_OPTIONS);
        checkColumns(predictor, rows);
        checkColumns(predictor, background);
        String method = options.string("method").orElse("auto");
        boolean gradients = switch (method) {
            case "auto" -> predictor instanceof DifferentiablePredictor;
            case IntegratedGradients.METHOD -> {
                if (!(predictor instanceof DifferentiablePredictor)) {
                    throw new IllegalArgumentException("option 'method': predictor for '" + predictor.target()
                            + "' has no input gradients; use shapley-sampling");
                }
                yield true;
            }
            case ShapleySampling.METHOD -> false;
            default -> throw new IllegalArgumentException("option 'method' must be auto, integrated-gradients or "
                    + "shapley-sampling, got '" + method + "'");
        };
        double[] baseline = Baseline.columnMeans(background);
        MeanModel model = means(predictor, context);
        List<LocalExplanation> out = new ArrayList<>(rows.rowCount());
        if (gradients) {
            DifferentiablePredictor differentiable = (DifferentiablePredictor) predictor;
            int steps = (int) options.integer("steps", 64);
            IntegratedGradients ig = new IntegratedGradients(model, m -> differentiable.gradients(m, context), steps,
                    (int) Math.max(steps, options.integer("max-steps", 1024)), options.number("tolerance", 0.005));
            for (int r = 0; r < rows.rowCount(); r++) {
                context.checkCancelled();
                out.add(ig.explain(rows.labels(), rows.row(r), baseline));
                context.progress((double) (r + 1) / rows.rowCount(), "explained " + (r + 1) + " of " + rows.rowCount());
            }
        } else {
            ShapleySampling shapley = new ShapleySampling(model, (int) options.integer("samples", 64),
                    options.integer("seed", 0));
            for (int r = 0; r < rows.rowCount(); r++) {
                context.checkCancelled();
                out.add(shapley.explain(rows.labels(), rows.row(r), baseline));
                context.progress((double) (r + 1) / rows.rowCount(), "explained " + (r + 1) + " of " + rows.rowCount());
            }
        }
        return out;
    }

    @Override
    public String groupOf(String label) {
        return FeatureGroups.groupOf(label);
    }

    private static MeanModel means(PropertyPredictor predictor, TaskContext context) {
        return rows -> {
            Prediction[] predictions = predictor.predict(rows, TaskContext.unobserved());
            double[] out = new double[predictions.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = predictions[i].mean();
            }
            context.checkCancelled();
            return out;
        };
    }

    private static void checkColumns(PropertyPredictor predictor, FeatureMatrix features) {
        if (!features.labels().equals(predictor.featureLabels())) {
            throw new IllegalArgumentException("the features do not match the predictor for '" + predictor.target()
                    + "': it expects " + predictor.featureLabels().size() + " columns from " + predictor.featurizers()
                    + ", got " + features.columnCount());
        }
    }

    private static void checkOptions(Parameters options, Set<String> known) {
        for (String key : options.asMap().keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "'; known: " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }
}
