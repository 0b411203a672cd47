package org.matforge.featurizers.lib;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.spi.featurizer.Featurizer;

/**
 * matminer's {@code ElementFraction()}: the atomic fraction of each element, one column per element labelled by its
 * symbol, H..Lr (103 columns as matminer up to 0.7; newer matminer pads to 118 with columns that are always 0 for
 * the elements MatForge does not know).
 */
public final class ElementFractionFeaturizer implements Featurizer {
    private static final List<String> LABELS = symbols();

    /** Creates the featurizer. */
    public ElementFractionFeaturizer() {
    }

    private static List<String> symbols() {
        List<String> labels = new ArrayList<>();
        for (Element e : Element.values()) {
            labels.add(e.symbol());
        }
        return labels;
    }

    @Override
    public List<String> labels() {
        return LABELS;
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        java.util.Arrays.fill(target, offset, offset + Element.values().length, 0.0);
        for (int i = 0; i < composition.size(); i++) {
            target[offset + composition.element(i).ordinal()] = composition.fraction(i);
        }
    }
}
