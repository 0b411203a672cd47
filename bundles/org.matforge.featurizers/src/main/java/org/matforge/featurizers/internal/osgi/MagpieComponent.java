package org.matforge.featurizers.internal.osgi;

import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.adapter.DelegatingFeaturizer;
import org.matforge.featurizers.lib.MagpieFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Component;

/** Featurizer service {@code magpie}: matminer ElementProperty magpie preset: 22 element properties x minimum, maximum, range, mean, avg_dev, mode (132 features). */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = "magpie", name = "Magpie element properties", description = "matminer ElementProperty magpie preset: 22 element properties x minimum, maximum, range, mean, avg_dev, mode (132 features).")
public final class MagpieComponent extends DelegatingFeaturizer {
    /** Creates the service over the element table compiled into this bundle. */
    public MagpieComponent() {
        super(new MagpieFeaturizer(ElementTable.load()));
    }
}
