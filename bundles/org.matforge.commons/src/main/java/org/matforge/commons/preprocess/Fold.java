package org.matforge.commons.preprocess;

/**
 * One cross-validation fold: row indices to train on and to test on, disjoint, each ascending.
 *
 * @param train rows to fit on
 * @param test  held-out rows
 */
public record Fold(int[] train, int[] test) {
    /** Copies the arrays. */
    public Fold {
        train = train.clone();
        test = test.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    @Override
    public String toString() {
        return "Fold[" + train.length + " train, " + test.length + " test]";
    }
}
