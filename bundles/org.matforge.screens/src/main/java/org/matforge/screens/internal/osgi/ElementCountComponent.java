package org.matforge.screens.internal.osgi;

import org.matforge.commons.adapter.DelegatingScreen;
import org.matforge.screens.lib.ElementCountScreen;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.screen.ScreenInfo;
import org.osgi.service.component.annotations.Component;

/** Screen service {@code element-count}: a thin adapter over {@link ElementCountScreen}. */
@Component(service = Screen.class)
@ScreenInfo(id = "element-count", name = "Element count", description = "passes candidates with min..max distinct elements (default: at least 2, so pure elements fail); score = number of elements")
public final class ElementCountComponent extends DelegatingScreen {
    /** Creates the component. */
    public ElementCountComponent() {
        super(new ElementCountScreen());
    }
}
