package org.matforge.featurizers.lib;

import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityChecker;
import org.matforge.chemistry.lib.oxidation.ValidityResult;

/**
 * matminer's {@code OxidationStates()} statistics — minimum, maximum, range and std_dev (matminer's weighted
 * estimator, 0 for one element) of the oxidation states weighted by amount — over MatForge's guessed oxidation
 * states: the first-ranked charge-balanced, Pauling-ordered assignment with SMACT's icsd24 set (a pure element or an
 * all-metal alloy is all zeros). NaN when no assignment exists. matminer takes pymatgen's most probable guess
 * instead; see docs/chemistry.md.
 */
public final class OxidationStatesFeaturizer extends LabelledFeaturizer {
    private final ValidityChecker guesser;

    /** @param table element data */
    public OxidationStatesFeaturizer(ElementTable table) {
        super(List.of("minimum oxidation state", "maximum oxidation state", "range oxidation state", "std_dev oxidation state"));
        this.guesser = ValidityChecker.smactDefaults(table, "icsd24");
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        ValidityResult result = guesser.check(composition);
        int n = composition.size();
        if (result.status() != ValidityResult.Status.VALID) {
            java.util.Arrays.fill(target, offset, offset + 4, Double.NaN);
            return;
        }
        int[] states = result.assignments().isEmpty() ? new int[n] : result.assignments().get(0);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double weights = 0;
        double squares = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, states[i]);
            max = Math.max(max, states[i]);
            double w = composition.amount(i);
            weights += w;
            squares += w * w;
            mean += w * states[i];
        }
        mean /= weights;
        double deviation = 0;
        for (int i = 0; i < n; i++) {
            double d = states[i] - mean;
            deviation += d * d * composition.amount(i);
        }
        target[offset] = min;
        target[offset + 1] = max;
        target[offset + 2] = max - min;
        // matminer: beta = sum(w) / (sum(w)^2 - sum(w^2)); sqrt(beta * sum(w * (x - mean)^2)); 0 for one entry
        target[offset + 3] = n == 1 ? 0 : Math.sqrt(weights / (weights * weights - squares) * deviation);
    }
}
