package org.matforge.example.itest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the OPTIMADE example's recorded Materials Cloud responses on loopback as one paged answer: the Si–O page
 * (its links.next asks for page_offset=2), then the optimade-sample page (page_offset=15), then the empty last page.
 * The recordings' origin is rewritten to this server's (see the fixtures' README in org.matforge.example.optimade).
 */
final class OptimadeReplay implements AutoCloseable {
    static final String RECORDED_ORIGIN = "https://aiida.materialscloud.org";
    static final Path FIXTURES = ExampleWorkflowsTest.ROOT
            .resolve("examples/org.matforge.example.optimade/src/test/resources/org/matforge/example/optimade/fixtures");

    private final HttpServer server;
    private final List<URI> requests = new ArrayList<>();

    OptimadeReplay() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String origin() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    synchronized List<URI> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        synchronized (this) {
            requests.add(uri);
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String fixture = query.contains("page_offset=15") ? "mcloud-empty-page.json"
                : query.contains("page_offset=2") ? "mcloud-optimade-sample-structures.json" : "mcloud-si-o-page1.json";
        byte[] body = Files.readString(FIXTURES.resolve(fixture), StandardCharsets.UTF_8).replace(RECORDED_ORIGIN, origin())
                .getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/vnd.api+json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
