package org.matforge.featurizers.contract;

import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.featurizers.lib.OxidationStatesFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.testkit.FeaturizerContract;

/** The plug-in test kit's featurizer contract on {@link OxidationStatesFeaturizer}. */
class OxidationStatesFeaturizerContractTest extends FeaturizerContract {
    private static final Featurizer FEATURIZER = new OxidationStatesFeaturizer(ElementTable.load());

    @Override
    protected Featurizer featurizer() {
        return FEATURIZER;
    }
}
