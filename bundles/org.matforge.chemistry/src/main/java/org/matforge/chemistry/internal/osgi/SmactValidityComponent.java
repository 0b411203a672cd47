package org.matforge.chemistry.internal.osgi;

import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityScreening;
import org.matforge.commons.adapter.DelegatingScreen;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.screen.ScreenInfo;
import org.osgi.service.component.annotations.Component;

/** Screen service {@code smact-validity}: a thin adapter over {@link ValidityScreening}. */
@Component(service = Screen.class)
@ScreenInfo(id = "smact-validity", name = "SMACT validity",
        description = "Charge neutrality over allowed oxidation states with Pauling electronegativity order; pure elements and all-metal alloys pass. Parameter oxidationStates: smact14|icsd24|icsd24-common|pmg|pmg-icsd|magpie (default icsd24). A pass names the most probable oxidation states (pymatgen's ICSD ranking); the score is their probability.")
public final class SmactValidityComponent extends DelegatingScreen {
    /** Creates the service over the element table compiled into this bundle. */
    public SmactValidityComponent() {
        super(new ValidityScreening(ElementTable.load()));
    }
}
