package org.matforge.screens.internal.osgi;

import org.matforge.commons.adapter.DelegatingScreen;
import org.matforge.screens.lib.UniquenessScreen;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.screen.ScreenInfo;
import org.osgi.service.component.annotations.Component;

/** Screen service {@code uniqueness}: a thin adapter over {@link UniquenessScreen}. */
@Component(service = Screen.class)
@ScreenInfo(id = "uniqueness", name = "Uniqueness", description = "the first candidate of each composition passes, later duplicates fail; score = multiplicity")
public final class UniquenessComponent extends DelegatingScreen {
    /** Creates the component. */
    public UniquenessComponent() {
        super(new UniquenessScreen());
    }
}
