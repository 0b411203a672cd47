package org.matforge.itest.plugin.internal;

import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** A plug-in component that fails on activation, as a broken lab plug-in would; the runtime must survive it. */
@Component(immediate = true)
@FeaturizerInfo(id = "exploding", name = "Exploding featurizer")
public class ExplodingFeaturizer implements Featurizer {

    /** Always fails. */
    @Activate
    public ExplodingFeaturizer() {
        throw new IllegalStateException("exploding featurizer: element table missing (deliberate test failure)");
    }

    @Override
    public List<String> labels() {
        return List.of();
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        // never reached
    }
}
