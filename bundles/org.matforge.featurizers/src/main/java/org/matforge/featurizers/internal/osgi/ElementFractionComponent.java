package org.matforge.featurizers.internal.osgi;

import org.matforge.commons.adapter.DelegatingFeaturizer;
import org.matforge.featurizers.lib.ElementFractionFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Component;

/** Featurizer service {@code element-fraction}: matminer ElementFraction: the atomic fraction of each element H..Lr (103 columns). */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = "element-fraction", name = "Element fractions", description = "matminer ElementFraction: the atomic fraction of each element H..Lr (103 columns).")
public final class ElementFractionComponent extends DelegatingFeaturizer {
    /** Creates the service. */
    public ElementFractionComponent() {
        super(new ElementFractionFeaturizer());
    }
}
