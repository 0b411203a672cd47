package org.matforge.example.featurizer;

import org.matforge.spi.featurizer.Featurizer;
import org.matforge.testkit.FeaturizerContract;

/** The test kit's featurizer checks on the band center. */
class BandCenterFeaturizerContractTest extends FeaturizerContract {
    private static final Featurizer FEATURIZER = new BandCenterFeaturizer();

    @Override
    protected Featurizer featurizer() {
        return FEATURIZER;
    }
}
