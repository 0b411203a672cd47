package org.matforge.screens.internal.osgi;

import org.matforge.commons.adapter.DelegatingScreen;
import org.matforge.screens.lib.PropertyWindowScreen;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.screen.ScreenInfo;
import org.osgi.service.component.annotations.Component;

/** Screen service {@code property-window}: a thin adapter over {@link PropertyWindowScreen}. */
@Component(service = Screen.class)
@ScreenInfo(id = "property-window", name = "Property window", description = "passes when the predicted target (mean, or mean ± k·σ) lies in [min, max]; score = probability inside")
public final class PropertyWindowComponent extends DelegatingScreen {
    /** Creates the component. */
    public PropertyWindowComponent() {
        super(new PropertyWindowScreen());
    }
}
