package org.matforge.featurizers.internal.osgi;

import org.matforge.commons.adapter.DelegatingFeaturizer;
import org.matforge.featurizers.internal.compute.OxidationStatesFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Featurizer service {@code oxidation-states}: matminer OxidationStates: minimum, maximum, range and std_dev of guessed oxidation states. */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = "oxidation-states", name = "Oxidation-state statistics", description = "matminer OxidationStates: minimum, maximum, range and std_dev of guessed oxidation states.")
public final class OxidationStatesComponent extends DelegatingFeaturizer {
    /** @param data the bundle's element table */
    @Activate
    public OxidationStatesComponent(@Reference ElementDataComponent data) {
        super(new OxidationStatesFeaturizer(data.table()));
    }
}
