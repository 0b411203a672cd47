package org.matforge.screens.internal.osgi;

import org.matforge.commons.adapter.DelegatingScreen;
import org.matforge.screens.lib.ParetoScreen;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.screen.ScreenInfo;
import org.osgi.service.component.annotations.Component;

/** Screen service {@code pareto}: a thin adapter over {@link ParetoScreen}. */
@Component(service = Screen.class)
@ScreenInfo(id = "pareto", name = "Pareto front", description = "Pareto rank over several predicted targets with directions (objectives [\"band_gap:max\", ...]), optionally on mean ± k·σ; rank ≤ maxRank passes; score = rank")
public final class ParetoComponent extends DelegatingScreen {
    /** Creates the component. */
    public ParetoComponent() {
        super(new ParetoScreen());
    }
}
