package org.matforge.server.ui.internal.osgi;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * Redirects the server's root and the bare {@code /ui}, {@code /ui/} to the UI's start page. It is the default servlet
 * ({@code /}) so that it sees the root; any other path no servlet or resource claims is a plain 404.
 */
@Component(service = Servlet.class, property = {
        UiWhiteboard.SERVLET_NAME + "=matforge-ui-redirect",
        UiWhiteboard.SERVLET_PATTERN + "=/",
        UiWhiteboard.SERVLET_PATTERN + "=" + UiWhiteboard.PATH,
        UiWhiteboard.SERVLET_PATTERN + "=" + UiWhiteboard.PATH + "/" })
public final class UiRedirectComponent extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Set<String> ENTRY_POINTS = Set.of("", "/", UiWhiteboard.PATH, UiWhiteboard.PATH + "/");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ENTRY_POINTS.contains(path)) {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + UiWhiteboard.START_PAGE);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
