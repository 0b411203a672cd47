package org.matforge.server.ui.internal.osgi;

/** Where the UI lives: the HTTP Whiteboard service properties (OSGi Compendium 140.6) and its paths. */
final class UiWhiteboard {
    /** HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PATTERN. */
    static final String RESOURCE_PATTERN = "osgi.http.whiteboard.resource.pattern";
    /** HttpWhiteboardConstants.HTTP_WHITEBOARD_RESOURCE_PREFIX. */
    static final String RESOURCE_PREFIX = "osgi.http.whiteboard.resource.prefix";
    /** HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN. */
    static final String SERVLET_PATTERN = "osgi.http.whiteboard.servlet.pattern";
    /** HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME. */
    static final String SERVLET_NAME = "osgi.http.whiteboard.servlet.name";

    /** The UI's URL path and the folder of the bundle that holds its files. */
    static final String PATH = "/ui";
    /** The page every entry point redirects to. */
    static final String START_PAGE = PATH + "/index.html";

    private UiWhiteboard() {
    }
}
