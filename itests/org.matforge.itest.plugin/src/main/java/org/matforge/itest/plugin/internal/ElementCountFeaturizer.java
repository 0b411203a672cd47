package org.matforge.itest.plugin.internal;

import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Component;

/** Two features: the number of distinct elements and the atoms per formula unit. */
@Component
@FeaturizerInfo(id = "element-count", name = "Element count", description = "number of elements and atoms per formula unit")
public class ElementCountFeaturizer implements Featurizer {
    private static final List<String> LABELS = List.of("element count", "atoms per formula unit");

    @Override
    public List<String> labels() {
        return LABELS;
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        target[offset] = composition.size();
        target[offset + 1] = composition.totalAtoms();
    }
}
