package org.matforge.featurizers.contract;

import org.matforge.featurizers.lib.ElementFractionFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.testkit.FeaturizerContract;

/** The plug-in test kit's featurizer contract on {@link ElementFractionFeaturizer}. */
class ElementFractionFeaturizerContractTest extends FeaturizerContract {
    private static final Featurizer FEATURIZER = new ElementFractionFeaturizer();

    @Override
    protected Featurizer featurizer() {
        return FEATURIZER;
    }
}
