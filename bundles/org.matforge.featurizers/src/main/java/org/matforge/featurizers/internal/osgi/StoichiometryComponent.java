package org.matforge.featurizers.internal.osgi;

import org.matforge.commons.adapter.DelegatingFeaturizer;
import org.matforge.featurizers.lib.StoichiometryFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Component;

/** Featurizer service {@code stoichiometry}: matminer Stoichiometry: p-norms of the atomic fractions for p = 0, 2, 3, 5, 7, 10. */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = "stoichiometry", name = "Stoichiometry", description = "matminer Stoichiometry: p-norms of the atomic fractions for p = 0, 2, 3, 5, 7, 10.")
public final class StoichiometryComponent extends DelegatingFeaturizer {
    /** Creates the service. */
    public StoichiometryComponent() {
        super(new StoichiometryFeaturizer());
    }
}
