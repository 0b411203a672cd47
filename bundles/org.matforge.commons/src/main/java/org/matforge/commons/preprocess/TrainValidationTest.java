package org.matforge.commons.preprocess;

/**
 * A three-way split of row indices, disjoint, each ascending.
 *
 * @param train      rows to fit on
 * @param validation rows for model selection and early stopping
 * @param test       rows held out for the final estimate
 */
public record TrainValidationTest(int[] train, int[] validation, int[] test) {
    /** Copies the arrays. */
    public TrainValidationTest {
        train = train.clone();
        validation = validation.clone();
        test = test.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] validation() {
        return validation.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    @Override
    public String toString() {
        return "TrainValidationTest[" + train.length + " train, " + validation.length + " validation, " + test.length + " test]";
    }
}
