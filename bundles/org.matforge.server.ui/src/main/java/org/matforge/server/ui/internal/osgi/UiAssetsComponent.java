package org.matforge.server.ui.internal.osgi;

import org.osgi.service.component.annotations.Component;

/** Serves the page's styles, scripts and vendored libraries: {@code /ui/assets/*} from this bundle's {@code ui/assets}. */
@Component(service = UiAssetsComponent.class, property = {
        UiWhiteboard.RESOURCE_PATTERN + "=" + UiWhiteboard.ASSETS + "/*",
        UiWhiteboard.RESOURCE_PREFIX + "=" + UiWhiteboard.ASSETS })
public final class UiAssetsComponent {
}
