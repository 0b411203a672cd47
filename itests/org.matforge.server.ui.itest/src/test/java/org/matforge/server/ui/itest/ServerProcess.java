package org.matforge.server.ui.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code ./matforge serve} as an operator starts it: the script on the exported runtime jar, a home of its own with
 * the shipped examples, a free loopback port and a test token, ready when {@code /api/v1/ready} says so. Closing it
 * sends SIGTERM (graceful stop) and keeps the server's output in {@code target/}.
 */
public final class ServerProcess implements ExtensionContext.Store.CloseableResource {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    static final Path SCRIPT = ROOT.resolve("matforge");
    static final Path JAR = ROOT.resolve("runtime/target/matforge.jar");
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Path home;
    private final Process process;
    private final URI base;
    private String adminToken;
    private String submitToken;

    private ServerProcess(Path home, Process process, URI base) {
        this.home = home;
        this.process = process;
        this.base = base;
    }

    /** The server's root, e.g. {@code http://127.0.0.1:41234/}. */
    URI base() {
        return base;
    }

    /** A token with every scope (admin includes submit and read). */
    String token() {
        return adminToken;
    }

    /** A token of scope submit (and read), not admin. */
    String submitToken() {
        return submitToken;
    }

    /**
     * A server someone else runs, named by {@code -Dmatforge.itest.server.url=... -Dmatforge.itest.server.token=...}
     * (to debug the tests against a server in a shell), or else a new {@code ./matforge serve}.
     */
    static ServerProcess startOrExternal() {
        String url = System.getProperty("matforge.itest.server.url");
        if (url != null && !url.isBlank()) {
            ServerProcess external = new ServerProcess(null, null, URI.create(url.endsWith("/") ? url : url + "/"));
            external.adminToken = System.getProperty("matforge.itest.server.token", "");
            external.submitToken = external.adminToken;
            return external;
        }
        return start();
    }

    static ServerProcess start() {
        try {
            Path home = Files.createTempDirectory("matforge-ui-itest");
            int port = freePort();
            ServerConfig.write(home, port);
            ProcessBuilder pb = new ProcessBuilder(List.of("bash", SCRIPT.toString(), "serve")).directory(home.toFile())
                    .redirectOutput(home.resolve("stdout.txt").toFile()).redirectError(home.resolve("stderr.txt").toFile());
            pb.environment().put("MATFORGE_HOME", home.toString());
            pb.environment().put("MATFORGE_JAR", JAR.toString());
            pb.environment().put("OMP_NUM_THREADS", "1");
            pb.environment().putAll(ServerConfig.environment(home));
            ServerProcess server = new ServerProcess(home, pb.start(), URI.create("http://127.0.0.1:" + port + "/"));
            server.awaitReady();
            server.adminToken = ServerConfig.token(home, "admin");
            server.submitToken = ServerConfig.token(home, "submit");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("api/v1/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("./matforge serve ended with status " + process.exitValue() + logTail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new AssertionError("./matforge serve was not ready within " + STARTUP.toSeconds() + " s" + logTail());
    }

    /** The last lines the server printed, for failure messages. */
    String logTail() {
        StringBuilder b = new StringBuilder();
        if (home == null) {
            return "";
        }
        for (String name : List.of("stdout.txt", "stderr.txt")) {
            try {
                List<String> lines = Files.readAllLines(home.resolve(name), StandardCharsets.UTF_8);
                b.append("\n--- server ").append(name).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            } catch (IOException e) {
                b.append("\n--- server ").append(name).append(": ").append(e.getMessage());
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Path target = Files.createDirectories(Path.of("target"));
            for (String name : List.of("stdout.txt", "stderr.txt")) {
                if (Files.exists(home.resolve(name))) {
                    Files.copy(home.resolve(name), target.resolve("server-" + name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            // the logs are a convenience; the tests have their results already
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
