package org.matforge.featurizers.internal.osgi;

import org.matforge.commons.adapter.DelegatingFeaturizer;
import org.matforge.featurizers.internal.compute.MagpieFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Featurizer service {@code magpie}: matminer ElementProperty magpie preset: 22 element properties x minimum, maximum, range, mean, avg_dev, mode (132 features). */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = "magpie", name = "Magpie element properties", description = "matminer ElementProperty magpie preset: 22 element properties x minimum, maximum, range, mean, avg_dev, mode (132 features).")
public final class MagpieComponent extends DelegatingFeaturizer {
    /** @param data the bundle's element table */
    @Activate
    public MagpieComponent(@Reference ElementDataComponent data) {
        super(new MagpieFeaturizer(data.table()));
    }
}
