package org.matforge.featurizers.lib;

import java.util.List;

import org.matforge.api.chem.Composition;

/**
 * matminer's {@code Stoichiometry()}: the p-norms of the atomic fractions for p = 0, 2, 3, 5, 7, 10, labelled
 * {@code "0-norm"}, {@code "2-norm"}, ...; the 0-norm is the number of elements.
 */
public final class StoichiometryFeaturizer extends LabelledFeaturizer {
    private static final int[] P = {0, 2, 3, 5, 7, 10};

    /** Creates the featurizer. */
    public StoichiometryFeaturizer() {
        super(List.of("0-norm", "2-norm", "3-norm", "5-norm", "7-norm", "10-norm"));
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        int n = composition.size();
        target[offset] = n;
        for (int k = 1; k < P.length; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += Math.pow(composition.fraction(i), P[k]);
            }
            target[offset + k] = Math.pow(sum, 1.0 / P[k]);
        }
    }
}
