package org.matforge.featurizers.internal.osgi;

import org.matforge.commons.adapter.DelegatingFeaturizer;
import org.matforge.featurizers.internal.compute.ValenceOrbitalFeaturizer;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Featurizer service {@code valence-orbital}: matminer ValenceOrbital: mean s, p, d, f valence electrons and their fractions of the total. */
@Component(service = Featurizer.class)
@FeaturizerInfo(id = "valence-orbital", name = "Valence orbitals", description = "matminer ValenceOrbital: mean s, p, d, f valence electrons and their fractions of the total.")
public final class ValenceOrbitalComponent extends DelegatingFeaturizer {
    /** @param data the bundle's element table */
    @Activate
    public ValenceOrbitalComponent(@Reference ElementDataComponent data) {
        super(new ValenceOrbitalFeaturizer(data.table()));
    }
}
