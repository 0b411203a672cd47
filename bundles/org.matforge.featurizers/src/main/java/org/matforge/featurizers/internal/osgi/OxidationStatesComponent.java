package org.matforge.featurizers.internal.osgi;

import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.adapter.DelegatingFeaturizer;
import org.matforge.featurizers.lib.OxidationStatesFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Component;

/** Featurizer service {@code oxidation-states}: matminer OxidationStates: minimum, maximum, range and std_dev of guessed oxidation states. */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = "oxidation-states", name = "Oxidation-state statistics", description = "matminer OxidationStates: minimum, maximum, range and std_dev of guessed oxidation states.")
public final class OxidationStatesComponent extends DelegatingFeaturizer {
    /** Creates the service over the element table compiled into this bundle. */
    public OxidationStatesComponent() {
        super(new OxidationStatesFeaturizer(ElementTable.load()));
    }
}
