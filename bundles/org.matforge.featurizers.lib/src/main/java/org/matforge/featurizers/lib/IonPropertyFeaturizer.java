package org.matforge.featurizers.lib;

import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.elements.OxidationStateSet;

/**
 * matminer's {@code IonProperty(fast=True)}: "compound possible" (1 when one oxidation state per element makes the
 * amount-weighted charge zero, numpy {@code isclose}), "max ionic char" and "avg ionic char" from Pauling
 * electronegativities, ionic character {@code 1 - exp(-(χA - χB)² / 4)} per element pair, the average weighted by
 * both fractions. A single element gives 1, 0, 0. Oxidation states: the ICSD-2024 most-common set (matminer uses
 * pymatgen's common oxidation states, which are not available here; see docs/chemistry.md).
 */
public final class IonPropertyFeaturizer extends LabelledFeaturizer {
    /** Oxidation-state combinations tried before "compound possible" is reported unknown (NaN). */
    static final int MAX_COMBINATIONS = 1 << 20;

    private final double[] electronegativity;
    private final OxidationStateSet states;

    /** @param table element data */
    public IonPropertyFeaturizer(ElementTable table) {
        super(List.of("compound possible", "max ionic char", "avg ionic char"));
        this.electronegativity = table.elementMajor(List.of("PaulingElectronegativity"));
        this.states = table.oxidationStates("icsd24-common");
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        int n = composition.size();
        if (n < 2) {
            target[offset] = 1;
            target[offset + 1] = 0;
            target[offset + 2] = 0;
            return;
        }
        target[offset] = compoundPossible(composition);
        double max = Double.NEGATIVE_INFINITY;
        double avg = 0;
        boolean missing = false;
        for (int a = 0; a < n; a++) {
            double xa = electronegativity[composition.element(a).ordinal()];
            for (int b = a + 1; b < n; b++) {
                double d = xa - electronegativity[composition.element(b).ordinal()];
                double ionic = 1.0 - Math.exp(-0.25 * d * d);
                missing |= ionic != ionic;
                max = Math.max(max, ionic);
                avg += composition.fraction(a) * composition.fraction(b) * ionic;
            }
        }
        target[offset + 1] = missing ? Double.NaN : max;
        target[offset + 2] = avg;
    }

    /** @return 1 or 0, or NaN when there are too many combinations to try; allocates nothing */
    private double compoundPossible(Composition composition) {
        int n = composition.size();
        long combinations = 1;
        for (int i = 0; i < n; i++) {
            int count = states.count(composition.element(i).ordinal());
            if (count == 0) {
                return 0;
            }
            combinations *= count;
            if (combinations > MAX_COMBINATIONS) {
                return Double.NaN;
            }
        }
        return balances(composition, 0, 0.0) ? 1 : 0;
    }

    /** Depth-first over one state per element from {@code i} on: does some choice bring the charge to zero? */
    private boolean balances(Composition composition, int i, double charge) {
        if (i == composition.size()) {
            return Math.abs(charge) <= 1e-8;
        }
        int z = composition.element(i).ordinal();
        double amount = composition.amount(i);
        for (int k = 0; k < states.count(z); k++) {
            if (balances(composition, i + 1, charge + states.state(z, k) * amount)) {
                return true;
            }
        }
        return false;
    }
}
