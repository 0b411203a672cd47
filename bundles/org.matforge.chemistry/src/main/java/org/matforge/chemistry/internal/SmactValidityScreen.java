package org.matforge.chemistry.internal;

import java.util.List;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityScreening;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.screen.ScreenInfo;
import org.matforge.spi.task.TaskContext;
import org.osgi.service.component.annotations.Component;

/** Screen service {@code smact-validity}: a thin adapter over {@link ValidityScreening}. */
@Component(service = Screen.class)
@ScreenInfo(id = "smact-validity", name = "SMACT validity",
        description = "Charge neutrality over allowed oxidation states with Pauling electronegativity order; pure elements and all-metal alloys pass. Parameter oxidationStates: smact14|icsd24|icsd24-common|pmg|magpie (default icsd24).")
public final class SmactValidityScreen implements Screen {
    private final ValidityScreening screening;

    /** Creates the service over the element table compiled into this bundle. */
    public SmactValidityScreen() {
        this.screening = new ValidityScreening(ElementTable.load());
    }

    @Override
    public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
        return screening.screen(candidates, parameters, context);
    }

    @Override
    public ParameterSchema parameters() {
        return screening.parameters();
    }
}
