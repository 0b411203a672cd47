package org.matforge.featurizers.contract;

import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.featurizers.lib.MagpieFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.testkit.FeaturizerContract;

/** The plug-in test kit's featurizer contract on {@link MagpieFeaturizer}. */
class MagpieFeaturizerContractTest extends FeaturizerContract {
    private static final Featurizer FEATURIZER = new MagpieFeaturizer(ElementTable.load());

    @Override
    protected Featurizer featurizer() {
        return FEATURIZER;
    }
}
