package org.matforge.server.itest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.matforge.itest.support.Waiting;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server of a test run: configures the orchestrator (own run store, one run at a time) and the server (a free
 * loopback port, a data root, a token file, small limits), waits until the API answers with the new tokens, and
 * calls it over real HTTP. Configurations are updated, never deleted (see the orchestrator's tests).
 */
final class ServerUnderTest {
    static final String SERVER_PID = "org.matforge.server";
    static final String ORCHESTRATOR_PID = "org.matforge.orchestrator";
    static final String ALLOWED_ORIGIN = "http://allowed.example";
    static final int QUEUE = 2;
    static final long MAX_BODY = 64 * 1024;
    static final int STREAMS = 3;

    final int port;
    final Path base;
    final Path dataRoot;
    final Path runs;
    final Path plugins;
    final Map<String, String> tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServerUnderTest(int port, Path base, Map<String, String> tokens) {
        this.port = port;
        this.base = base;
        this.dataRoot = base.resolve("data");
        this.runs = base.resolve("runs");
        this.plugins = base.resolve("plugins");
        this.tokens = tokens;
    }

    static ServerUnderTest start(ConfigurationAdmin admin) throws Exception {
        Path base = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "itest-server-").toRealPath();
        Files.createDirectories(base.resolve("data"));
        Files.createDirectories(base.resolve("plugins"));
        Dictionary<String, Object> o = new Hashtable<>();
        o.put("runStore", base.resolve("runs").toString());
        o.put("maxConcurrentRuns", 1);
        o.put("pluginWaitSeconds", 5.0);
        o.put("itest.marker", UUID.randomUUID().toString());
        admin.getConfiguration(ORCHESTRATOR_PID, "?").update(o);

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path tokensOut = base.resolve("tokens.json");
        Dictionary<String, Object> c = new Hashtable<>();
        c.put("port", port);
        c.put("bindAddress", "127.0.0.1");
        c.put("roots", new String[] {base.resolve("data").toString()});
        c.put("tokenFile", base.resolve("server/tokens.sha256").toString());
        c.put("tokensOut", tokensOut.toString());
        c.put("maxBodyBytes", MAX_BODY);
        c.put("maxJsonDepth", 16);
        c.put("maxSteps", 20);
        c.put("maxSamples", 5000L);
        c.put("queueLength", QUEUE);
        c.put("maxSseStreams", STREAMS);
        c.put("retryAfterSeconds", 7L);
        c.put("corsOrigins", new String[] {ALLOWED_ORIGIN});
        c.put("pluginFolder", base.resolve("plugins").toString());
        c.put("examplesFolder", Path.of(System.getProperty("user.dir")).resolve("../../examples/workflows").normalize().toString());
        Configuration server = admin.getConfiguration(SERVER_PID, "?");
        server.update(c);

        Waiting.until(() -> Files.exists(tokensOut), Duration.ofSeconds(60), "the server writes its first tokens to " + tokensOut);
        JsonObject t = JsonParser.parseString(Files.readString(tokensOut)).getAsJsonObject();
        ServerUnderTest s = new ServerUnderTest(port, base, Map.of("read", t.get("read").getAsString(), "submit", t.get("submit").getAsString(),
                "admin", t.get("admin").getAsString()));
        Waiting.until(() -> s.answers(), Duration.ofSeconds(60), "the API answers on port " + port + " with the new tokens");
        return s;
    }

    private boolean answers() {
        try {
            return get("/me", "read").statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/v1" + path);
    }

    HttpResponse<String> get(String path, String scope) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), scope);
    }

    HttpResponse<String> post(String path, String scope, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), scope);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String scope) throws IOException, InterruptedException {
        if (scope != null) {
            request.header("Authorization", "Bearer " + tokens.getOrDefault(scope, scope));
        }
        return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(HttpRequest.Builder request, String scope) throws IOException, InterruptedException {
        request.header("Authorization", "Bearer " + tokens.get(scope));
        return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpClient client() {
        return http;
    }

    static JsonObject json(HttpResponse<String> r) {
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    /** @return the error object of an error answer, checked for the contract's shape and for no stack trace */
    static JsonObject error(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new AssertionError("expected " + status + ", got " + r.statusCode() + ": " + r.body());
        }
        String body = r.body();
        if (body.contains("Exception") || body.contains("\tat ") || body.contains(".java:")) {
            throw new AssertionError("an error body must not carry a stack trace: " + body);
        }
        JsonObject e = json(r).getAsJsonObject("error");
        if (e.get("status").getAsInt() != status || e.get("message").getAsString().isBlank() || e.get("code").getAsString().isBlank()) {
            throw new AssertionError("not the contract's error shape: " + body);
        }
        return e;
    }

    static List<String> problemPaths(JsonObject error) {
        return error.has("problems") ? error.getAsJsonArray("problems").asList().stream()
                .map(p -> p.getAsJsonObject().get("path").getAsString()).toList() : List.of();
    }
}
