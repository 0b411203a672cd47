package org.matforge.explain.internal.compute;

import static org.matforge.api.data.ParameterSpec.choice;
import static org.matforge.api.data.ParameterSpec.integer;
import static org.matforge.api.data.ParameterSpec.number;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.ParameterSchema;
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
    /** The options of {@link #importance}. */
    public static final ParameterSchema IMPORTANCE_OPTIONS = ParameterSchema.of(
            integer("repeats", 5, 1, 10_000, "shuffles per feature and per group"),
            integer("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the shuffles"));
    /** The options of {@link #attributions}. */
    public static final ParameterSchema LOCAL_OPTIONS = ParameterSchema.of(
            choice("method", "auto", List.of("auto", IntegratedGradients.METHOD, ShapleySampling.METHOD),
                    "`auto`: integrated gradients for a differentiable predictor, Shapley sampling otherwise"),
            integer("steps", 64, 1, 1_000_000, "integration steps to start with (doubled until the completeness gap is below `tolerance`)"),
            integer("max-steps", 1024, 1, 1_000_000, "most integration steps"),
            number("tolerance", 0.005, 0, 1, "relative completeness gap at which the doubling stops (0.005 = 0.5 %)").aboveMin(),
            integer("samples", 64, 1, 1_000_000, "permutations for Shapley sampling"),
            integer("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE, "seed of Shapley sampling"));

    @Override
    public GlobalExplanation importance(PropertyPredictor predictor, FeatureMatrix features, double[] targets,
            Parameters options, TaskContext context) {
        IMPORTANCE_OPTIONS.require("importance", options);
        checkColumns(predictor, features);
        int repeats = (int) options.integer("repeats", 5);
        long seed = options.integer("seed", 0);
        return new PermutationImportance(means(predictor, context), repeats, seed)
                .explain(predictor.target(), features, targets, context);
    }

    @Override
    public List<LocalExplanation> attributions(PropertyPredictor predictor, FeatureMatrix rows, FeatureMatrix background,
            Parameters options, TaskContext context) {
        LOCAL_OPTIONS.require("attributions", options);
        checkColumns(predictor, rows);
        checkColumns(predictor, background);
        String method = options.string("method").map(m -> m.trim().toLowerCase(java.util.Locale.ROOT)).orElse("auto");
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
}
