package org.matforge.example.optimade;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server that replays recorded OPTIMADE responses (the fixtures folder, see its README): each request
 * gets the next queued {@link Reply}, or the fallback's when the queue is empty. The recordings' origin
 * ({@value #RECORDED_ORIGIN}) is rewritten to this server's, so their {@code links.next} lead back here.
 */
final class ReplayServer implements AutoCloseable {
    static final String RECORDED_ORIGIN = "https://aiida.materialscloud.org";

    /** One answer: status, body (a fixture's text or any text), a delay before answering, an optional Retry-After. */
    record Reply(int status, String body, long delayMillis, String retryAfter) {
        static Reply fixture(String name) {
            return new Reply(200, ReplayServer.fixture(name), 0, null);
        }

        static Reply status(int status, String body) {
            return new Reply(status, body, 0, null);
        }

        Reply delayed(long millis) {
            return new Reply(status, body, millis, retryAfter);
        }

        Reply withRetryAfter(String seconds) {
            return new Reply(status, body, delayMillis, seconds);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Reply> queue = new ArrayDeque<>();
    private final List<URI> requests = new ArrayList<>();
    private final boolean rewriteOrigin;
    private Function<URI, Reply> fallback = uri -> Reply.status(500, "{\"errors\": [{\"detail\": \"replay: nothing queued\"}]}");

    ReplayServer(boolean rewriteOrigin) throws IOException {
        this(0, rewriteOrigin);
    }

    ReplayServer(int port, boolean rewriteOrigin) throws IOException {
        this.rewriteOrigin = rewriteOrigin;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** @return the recorded fixture's text */
    static String fixture(String name) {
        try (InputStream in = ReplayServer.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code http://127.0.0.1:port} */
    String origin() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** @return the base URL of the recorded Materials Cloud database, on this server */
    String baseUrl() {
        return origin() + "/optimade-sample/optimade";
    }

    synchronized ReplayServer then(Reply reply) {
        queue.add(reply);
        return this;
    }

    synchronized ReplayServer otherwise(Function<URI, Reply> fallback) {
        this.fallback = fallback;
        return this;
    }

    /** @return the request URIs received, in order */
    synchronized List<URI> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        synchronized (this) {
            requests.add(exchange.getRequestURI());
            reply = queue.isEmpty() ? fallback.apply(exchange.getRequestURI()) : queue.poll();
        }
        try (exchange) {
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            String body = rewriteOrigin ? reply.body().replace(RECORDED_ORIGIN, origin()) : reply.body();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/vnd.api+json");
            if (reply.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", reply.retryAfter());
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
