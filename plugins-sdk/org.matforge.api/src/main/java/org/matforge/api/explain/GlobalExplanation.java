package org.matforge.api.explain;

import java.util.List;

/**
 * Permutation importance of a predictor on a labelled data set.
 *
 * @param target    the predicted property
 * @param metric    the error measure, {@code "mae"} for regression or {@code "log-loss"} for classification
 * @param baseline  the error on the unshuffled data
 * @param repeats   shuffles per feature
 * @param seed      seed of the shuffles
 * @param features  one entry per feature, most important first
 * @param groups    one entry per group of related features (see {@link Explainer#groupOf(String)}), most important first
 */
public record GlobalExplanation(String target, String metric, double baseline, int repeats, long seed,
        List<Importance> features, List<Importance> groups) {
    /** Copies the lists. */
    public GlobalExplanation {
        features = List.copyOf(features);
        groups = List.copyOf(groups);
    }
}
