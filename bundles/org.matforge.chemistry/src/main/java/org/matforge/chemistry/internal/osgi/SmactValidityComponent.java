package org.matforge.chemistry.internal.osgi;

import org.matforge.chemistry.internal.oxidation.ValidityScreening;
import org.matforge.commons.adapter.DelegatingScreen;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.screen.ScreenInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Screen service {@code smact-validity}: a thin adapter over {@link ValidityScreening}. */
@Component(service = Screen.class)
@ScreenInfo(id = "smact-validity", name = "SMACT validity",
        description = "Charge neutrality over allowed oxidation states with Pauling electronegativity order; pure elements and all-metal alloys pass. Parameter oxidationStates: smact14|icsd24|icsd24-common|pmg|magpie (default icsd24).")
public final class SmactValidityComponent extends DelegatingScreen {
    /** @param data the bundle's element table */
    @Activate
    public SmactValidityComponent(@Reference ElementDataComponent data) {
        super(new ValidityScreening(data.table()));
    }
}
