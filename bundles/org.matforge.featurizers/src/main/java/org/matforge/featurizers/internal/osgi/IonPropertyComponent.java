package org.matforge.featurizers.internal.osgi;

import org.matforge.commons.adapter.DelegatingFeaturizer;
import org.matforge.featurizers.internal.compute.IonPropertyFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Featurizer service {@code ion-property}: matminer IonProperty: compound possible, maximum and average ionic character. */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = "ion-property", name = "Ionic character", description = "matminer IonProperty: compound possible, maximum and average ionic character.")
public final class IonPropertyComponent extends DelegatingFeaturizer {
    /** @param data the bundle's element table */
    @Activate
    public IonPropertyComponent(@Reference ElementDataComponent data) {
        super(new IonPropertyFeaturizer(data.table()));
    }
}
