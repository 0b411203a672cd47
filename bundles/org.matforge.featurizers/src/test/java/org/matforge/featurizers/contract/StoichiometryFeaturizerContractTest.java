package org.matforge.featurizers.contract;

import org.matforge.featurizers.lib.StoichiometryFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.testkit.FeaturizerContract;

/** The plug-in test kit's featurizer contract on {@link StoichiometryFeaturizer}. */
class StoichiometryFeaturizerContractTest extends FeaturizerContract {
    private static final Featurizer FEATURIZER = new StoichiometryFeaturizer();

    @Override
    protected Featurizer featurizer() {
        return FEATURIZER;
    }
}
