package org.matforge.api.explain;

/**
 * How much a feature (or a group of features) matters to a predictor: the mean increase of the prediction error
 * when its values are shuffled, over several repeats.
 *
 * @param name       a feature label, or a group name such as {@code "Magpie Electronegativity"}
 * @param importance mean error increase over the repeats (in the error's unit; may be slightly negative for noise)
 * @param std        standard deviation of the error increase over the repeats
 * @param members    number of features in the group (1 for a single feature)
 */
public record Importance(String name, double importance, double std, int members) {
    /** Checks the name and the member count. */
    public Importance {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an importance needs a name");
        }
        if (members < 1) {
            throw new IllegalArgumentException("an importance covers at least one feature, got " + members);
        }
    }

    /** @return a 95% normal confidence half-width of the mean over {@code repeats} repeats */
    public double confidence95(int repeats) {
        return repeats < 2 ? Double.NaN : 1.96 * std / Math.sqrt(repeats);
    }
}
