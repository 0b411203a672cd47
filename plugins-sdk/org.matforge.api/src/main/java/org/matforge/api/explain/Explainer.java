package org.matforge.api.explain;

import java.util.List;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Explains the predictions of any {@link PropertyPredictor}. Obtain it from the service registry.
 */
@ProviderType
public interface Explainer {
    /**
     * Permutation importance: each feature column (and each group of columns, shuffled together with one
     * permutation of rows) is shuffled {@code repeats} times and the increase of the error is recorded.
     *
     * @param predictor the predictor
     * @param features  labelled rows (columns as {@link PropertyPredictor#featureLabels()}), ideally held out
     * @param targets   the true value per row
     * @param options   {@code repeats} (default 5), {@code seed} (default 0)
     * @param context   progress and cancellation
     * @return importances per feature and per group, most important first
     * @throws IllegalArgumentException when sizes or columns do not match or an option is wrong
     */
    GlobalExplanation importance(PropertyPredictor predictor, FeatureMatrix features, double[] targets, Parameters options,
            TaskContext context);

    /**
     * Local attributions of each row's predicted mean: integrated gradients when the predictor is a
     * {@link org.matforge.spi.predictor.DifferentiablePredictor}, Shapley sampling otherwise.
     *
     * @param predictor  the predictor
     * @param rows       the rows to explain
     * @param background rows whose column means form the baseline input (e.g. the training data); NaN ignored
     * @param options    {@code method} ({@code auto}, {@code integrated-gradients}, {@code shapley-sampling}),
     *                   {@code steps} (integration steps to start with, default 64; doubled up to {@code max-steps},
     *                   default 1024, until the completeness gap is below {@code tolerance}, default 0.005),
     *                   {@code samples} (permutations for Shapley sampling, default 64), {@code seed}
     * @param context    progress and cancellation
     * @return one explanation per row
     */
    List<LocalExplanation> attributions(PropertyPredictor predictor, FeatureMatrix rows, FeatureMatrix background,
            Parameters options, TaskContext context);

    /**
     * @param label a feature label
     * @return the group a feature belongs to: for Magpie-style labels ({@code "MagpieData mean Electronegativity"})
     *         the source and property ({@code "MagpieData Electronegativity"}); otherwise the label itself
     */
    String groupOf(String label);
}
