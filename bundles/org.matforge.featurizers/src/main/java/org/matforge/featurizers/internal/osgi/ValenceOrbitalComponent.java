package org.matforge.featurizers.internal.osgi;

import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.adapter.DelegatingFeaturizer;
import org.matforge.featurizers.lib.ValenceOrbitalFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Component;

/** Featurizer service {@code valence-orbital}: matminer ValenceOrbital: mean s, p, d, f valence electrons and their fractions of the total. */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = "valence-orbital", name = "Valence orbitals", description = "matminer ValenceOrbital: mean s, p, d, f valence electrons and their fractions of the total.")
public final class ValenceOrbitalComponent extends DelegatingFeaturizer {
    /** Creates the service over the element table compiled into this bundle. */
    public ValenceOrbitalComponent() {
        super(new ValenceOrbitalFeaturizer(ElementTable.load()));
    }
}
