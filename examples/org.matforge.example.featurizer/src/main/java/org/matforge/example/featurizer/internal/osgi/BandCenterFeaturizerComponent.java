package org.matforge.example.featurizer.internal.osgi;

import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.example.featurizer.BandCenterFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Component;

/** Registers {@link BandCenterFeaturizer} as the {@code band-center} featurizer; nothing else of the plug-in knows OSGi. */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = BandCenterFeaturizer.ID, name = "Band center (Butler & Ginley 1978)",
        description = "geometric mean of the elements' Mulliken electronegativities, eV (matminer BandCenter)")
public final class BandCenterFeaturizerComponent implements Featurizer {
    private final BandCenterFeaturizer featurizer = new BandCenterFeaturizer();

    @Override
    public List<String> labels() {
        return featurizer.labels();
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        featurizer.featurize(composition, target, offset);
    }
}
