package org.matforge.server.ui.internal.osgi;

/** Where the UI lives: the HTTP Whiteboard service properties (OSGi Servlet Whiteboard 2.0, org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants; the same names as the HTTP Whiteboard 1.x) and its paths. */
final class UiWhiteboard {
    /** HTTP_WHITEBOARD_RESOURCE_PATTERN. */
    static final String RESOURCE_PATTERN = "osgi.http.whiteboard.resource.pattern";
    /** HTTP_WHITEBOARD_RESOURCE_PREFIX. */
    static final String RESOURCE_PREFIX = "osgi.http.whiteboard.resource.prefix";
    /** HTTP_WHITEBOARD_SERVLET_PATTERN. */
    static final String SERVLET_PATTERN = "osgi.http.whiteboard.servlet.pattern";
    /** HTTP_WHITEBOARD_SERVLET_NAME. */
    static final String SERVLET_NAME = "osgi.http.whiteboard.servlet.name";

    /** The UI's URL path and the folder of the bundle that holds its files. */
    static final String PATH = "/ui";
    /** The page's styles, scripts and vendored libraries. */
    static final String ASSETS = PATH + "/assets";
    /** The page every entry point redirects to. */
    static final String START_PAGE = PATH + "/index.html";

    private UiWhiteboard() {
    }
}
