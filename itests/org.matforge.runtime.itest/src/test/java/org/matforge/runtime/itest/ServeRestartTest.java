package org.matforge.runtime.itest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.itest.support.Waiting;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ./matforge serve} as an operator runs it, in two JVMs on one home: runs survive a crash (the finished one
 * with its artefacts, the running and the queued one marked INTERRUPTED), tokens are issued once, and SIGTERM stops
 * the server gracefully, ending the running run as CANCELLED with the reason.
 */
class ServeRestartTest {
    private static final String QUICK = """
            {"schema": 1, "name": "quick", "steps": [
              {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
              {"name": "features", "type": "featurize", "input": "data", "featurizers": ["stoichiometry"]}]}
            """;
    private static final String LONG = """
            {"schema": 1, "name": "long", "steps": [
              {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
              {"name": "generator", "type": "train-generator", "input": "data", "trainer": "gan", "parameters": {"epochs": 100000}}]}
            """;

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();
    private int port;
    private String token;

    @Test
    void runsSurviveACrashAndSigtermStopsGracefully() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/org.matforge.server.cfg"), "port=" + port + "\nqueueLength=10\n");
        Files.writeString(home.resolve("conf/org.matforge.orchestrator.cfg"), "maxConcurrentRuns=1\n");
        Path tokens = home.resolve("tokens.json");

        Process first = serve(Map.of("MATFORGE_TOKENS_OUT", tokens.toString()));
        if (System.getenv("MALLOC_ARENA_MAX") == null) {
            assertTrue(environment(first).contains("MALLOC_ARENA_MAX=2"), "serve limits glibc to two malloc arenas");
        }
        token = JsonParser.parseString(Files.readString(tokens)).getAsJsonObject().get("submit").getAsString();
        assertTrue(Files.readString(home.resolve("stdout.txt")).contains("new API tokens"));
        assertFalse(Files.readString(home.resolve("server/tokens.sha256")).contains(token), "only hashes are stored");

        String quick = submit(QUICK);
        Waiting.until(() -> status(quick).equals("SUCCEEDED"), Duration.ofMinutes(3), "the quick run succeeds");
        String running = submit(LONG);
        Waiting.until(() -> status(running).equals("RUNNING"), Duration.ofMinutes(3), "the long run starts");
        String queued = submit(LONG);
        assertEquals("QUEUED", status(queued));
        byte[] runJson = Files.readAllBytes(home.resolve("runs").resolve(quick).resolve("run.json"));

        first.destroyForcibly(); // SIGKILL: a crash, no shutdown hook
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));

        Process second = serve(Map.of("MALLOC_ARENA_MAX", "4"));
        assertTrue(environment(second).contains("MALLOC_ARENA_MAX=4"), "the operator's MALLOC_ARENA_MAX wins");
        assertFalse(Files.readString(home.resolve("stdout.txt")).contains("new API tokens"), "tokens are issued once");
        JsonObject list = get("/runs");
        assertEquals(3, list.get("total").getAsInt(), list.toString());
        assertEquals("SUCCEEDED", status(quick));
        assertEquals("INTERRUPTED", status(running));
        assertEquals("INTERRUPTED", status(queued));
        HttpResponse<byte[]> artefact = http.send(request("/runs/" + quick + "/artefacts/run.json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(runJson, artefact.body());

        String stopped = submit(LONG);
        Waiting.until(() -> status(stopped).equals("RUNNING"), Duration.ofMinutes(3), "a run starts after the restart");
        second.destroy(); // SIGTERM
        assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the server stops within 60 s of SIGTERM");
        String status = Files.readString(home.resolve("runs").resolve(stopped).resolve("status.json"), StandardCharsets.UTF_8);
        JsonObject s = JsonParser.parseString(status).getAsJsonObject();
        assertEquals("CANCELLED", s.get("status").getAsString(), status);
        assertTrue(s.get("message").getAsString().contains("SIGTERM"), status);
    }

    private Process serve(Map<String, String> env) throws Exception {
        Process p = Launcher.start(home, List.of(), env, "serve");
        Waiting.until(() -> {
            if (!p.isAlive()) {
                throw new AssertionError("matforge serve ended: " + read("stderr.txt"));
            }
            try {
                return http.send(HttpRequest.newBuilder(uri("/health")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200
                        && Files.exists(home.resolve("server/tokens.sha256"));
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, Duration.ofMinutes(3), "matforge serve answers on port " + port);
        return p;
    }

    /** @return the environment the server's JVM was started with (the launcher execs java in its own process) */
    private static List<String> environment(Process p) throws IOException {
        return List.of(Files.readString(Path.of("/proc", Long.toString(p.pid()), "environ"), StandardCharsets.ISO_8859_1).split("\0"));
    }

    private String read(String file) {
        try {
            return Files.readString(home.resolve(file));
        } catch (IOException e) {
            return "";
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/v1" + path);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60));
    }

    private String submit(String workflow) throws Exception {
        HttpResponse<String> r = http.send(request("/runs").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(workflow))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject().get("id").getAsString();
    }

    private JsonObject get(String path) throws Exception {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private String status(String id) {
        try {
            return get("/runs/" + id).get("status").getAsString();
        } catch (Exception e) {
            return "?";
        }
    }
}
