package org.matforge.stability.internal.osgi;

import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.adapter.DelegatingScreen;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.screen.ScreenInfo;
import org.matforge.stability.internal.StabilityScreen;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Screen service {@code stability}: a thin adapter over {@link StabilityScreen}, reaching the phases source through the catalogue. */
@Component(service = Screen.class)
@ScreenInfo(id = "stability", name = "Stability (energy above hull)", description = "energy above the convex hull of the known phases of the candidate's chemical system from its predicted formation energy ± σ, with the decomposition products; passes when e_above_hull − k·σ ≤ threshold; score = e_above_hull, eV/atom")
public final class StabilityComponent extends DelegatingScreen {
    /** @param registry the plug-in catalogue, where the phases' data source is found */
    @Activate
    public StabilityComponent(@Reference PluginRegistry registry) {
        super(new StabilityScreen(new CatalogueTables(registry)));
    }
}
