package org.matforge.screens.internal.osgi;

import org.matforge.commons.adapter.DelegatingScreen;
import org.matforge.screens.internal.NoveltyScreen;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.screen.ScreenInfo;
import org.osgi.service.component.annotations.Component;

/** Screen service {@code novelty}: a thin adapter over {@link NoveltyScreen}. */
@Component(service = Screen.class)
@ScreenInfo(id = "novelty", name = "Novelty", description = "novel when the composition (by element fractions) is not among the reference formulas; score = L1 distance to the nearest")
public final class NoveltyComponent extends DelegatingScreen {
    /** Creates the component. */
    public NoveltyComponent() {
        super(new NoveltyScreen());
    }
}
