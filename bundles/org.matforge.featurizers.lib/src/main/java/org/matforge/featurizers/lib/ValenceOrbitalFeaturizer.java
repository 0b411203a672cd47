package org.matforge.featurizers.lib;

import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;

/**
 * matminer's {@code ValenceOrbital()}: the amount-weighted mean number of s, p, d and f valence electrons (Magpie
 * NsValence..NfValence) and each as a fraction of the mean total (NValence); NaN when an element lacks a value.
 */
public final class ValenceOrbitalFeaturizer extends LabelledFeaturizer {
    private static final List<String> PROPERTIES = List.of("NsValence", "NpValence", "NdValence", "NfValence", "NValence");

    private final double[] values;

    /** @param table element data */
    public ValenceOrbitalFeaturizer(ElementTable table) {
        super(List.of("avg s valence electrons", "avg p valence electrons", "avg d valence electrons",
                "avg f valence electrons", "frac s valence electrons", "frac p valence electrons",
                "frac d valence electrons", "frac f valence electrons"));
        this.values = table.elementMajor(PROPERTIES);
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        java.util.Arrays.fill(target, offset, offset + 4, 0.0);
        double total = 0;
        for (int i = 0; i < composition.size(); i++) {
            int base = composition.element(i).ordinal() * 5;
            double f = composition.fraction(i);
            for (int k = 0; k < 4; k++) {
                target[offset + k] += f * values[base + k];
            }
            total += f * values[base + 4];
        }
        for (int k = 0; k < 4; k++) {
            target[offset + 4 + k] = target[offset + k] / total;
        }
    }
}
