package org.matforge.featurizers.lib;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

/**
 * matminer's {@code ElementFraction()}: the atomic fraction of each element, one column per element labelled by its
 * symbol, H..Lr (103 columns as matminer up to 0.7; newer matminer pads to 118 with columns that are always 0 for
 * the elements MatForge does not know).
 */
public final class ElementFractionFeaturizer extends LabelledFeaturizer {
    /** Creates the featurizer. */
    public ElementFractionFeaturizer() {
        super(symbols());
    }

    private static List<String> symbols() {
        List<String> labels = new ArrayList<>();
        for (Element e : Element.values()) {
            labels.add(e.symbol());
        }
        return labels;
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        java.util.Arrays.fill(target, offset, offset + Element.values().length, 0.0);
        for (int i = 0; i < composition.size(); i++) {
            target[offset + composition.element(i).ordinal()] = composition.fraction(i);
        }
    }
}
