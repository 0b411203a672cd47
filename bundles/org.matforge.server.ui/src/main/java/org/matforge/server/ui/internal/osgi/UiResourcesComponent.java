package org.matforge.server.ui.internal.osgi;

import org.osgi.service.component.annotations.Component;

/**
 * Serves this bundle's {@code /ui} folder at {@code /ui/*}: a whiteboard resource service, whose only content is its
 * properties (the HTTP Whiteboard reads the files from the registering bundle).
 */
@Component(service = UiResourcesComponent.class, property = {
        UiWhiteboard.RESOURCE_PATTERN + "=" + UiWhiteboard.PATH + "/*",
        UiWhiteboard.RESOURCE_PREFIX + "=" + UiWhiteboard.PATH })
public final class UiResourcesComponent {
}
