package org.matforge.server.ui.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * The UI's page and entry points, as the default servlet ({@code /}, every path no other servlet or resource claims):
 * {@code /}, {@code /ui} and {@code /ui/} redirect to {@code /ui/index.html}, which it serves from this bundle with a
 * content security policy; anything else is a plain 404. (A resource pattern cannot do this: Felix HTTP 5 answers a
 * folder such as {@code /ui/} with an empty page, and refused the servlet when it named {@code /ui} beside {@code /ui/*}.)
 */
@Component(service = Servlet.class, property = {
        UiWhiteboard.SERVLET_NAME + "=matforge-ui",
        UiWhiteboard.SERVLET_PATTERN + "=/" })
public final class UiPageComponent extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Set<String> ENTRY_POINTS = Set.of("", "/", UiWhiteboard.PATH, UiWhiteboard.PATH + "/");
    /** Scripts and styles from this origin only, no plug-ins, no framing by other sites; the run's report is a sandboxed srcdoc frame. */
    static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ENTRY_POINTS.contains(path)) {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + UiWhiteboard.START_PAGE);
        } else if (path.equals(UiWhiteboard.START_PAGE)) {
            page(response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void page(HttpServletResponse response) throws IOException {
        try (InputStream in = UiPageComponent.class.getResourceAsStream(UiWhiteboard.START_PAGE)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] html = in.readAllBytes();
            response.setContentType("text/html;charset=utf-8");
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Content-Security-Policy", POLICY);
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
        }
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
