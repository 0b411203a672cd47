package org.matforge.featurizers.internal.osgi;

import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.adapter.DelegatingFeaturizer;
import org.matforge.featurizers.lib.IonPropertyFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Component;

/** Featurizer service {@code ion-property}: matminer IonProperty: compound possible, maximum and average ionic character. */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = "ion-property", name = "Ionic character", description = "matminer IonProperty: compound possible, maximum and average ionic character.")
public final class IonPropertyComponent extends DelegatingFeaturizer {
    /** Creates the service over the element table compiled into this bundle. */
    public IonPropertyComponent() {
        super(new IonPropertyFeaturizer(ElementTable.load()));
    }
}
