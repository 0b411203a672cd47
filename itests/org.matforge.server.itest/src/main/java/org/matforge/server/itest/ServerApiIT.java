package org.matforge.server.itest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matforge.server.itest.ServerUnderTest.error;
import static org.matforge.server.itest.ServerUnderTest.json;
import static org.matforge.server.itest.ServerUnderTest.problemPaths;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.itest.support.TestBundles;
import org.matforge.itest.support.Waiting;
import org.matforge.spi.screen.Screen;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The REST API over real HTTP on loopback, against the real orchestrator and plug-ins in Felix. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerApiIT {
    /** A small real workflow: built-in data, real featurizer, real DL4J predictor and generator (tiny), report. */
    static final String SMALL = """
            {"schema": 1, "name": "server-small", "seed": 3, "steps": [
              {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
              {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"], "duplicates": "mean"},
              {"name": "features", "type": "featurize", "input": "clean", "featurizers": ["stoichiometry"]},
              {"name": "gap-model", "type": "train-predictor", "input": "features", "trainer": "mlp-ensemble", "target": "band_gap",
               "unit": "eV", "holdout": 0.2, "parameters": {"members": 2, "epochs": 3}},
              {"name": "generator", "type": "train-generator", "input": "clean", "trainer": "vae", "parameters": {"epochs": 2}},
              {"name": "sampled", "type": "sample", "generator": "generator", "count": 60},
              {"name": "predicted", "type": "predict", "input": "sampled", "predictors": ["gap-model"]},
              {"name": "ranked", "type": "rank", "input": "predicted", "objectives": ["band_gap:max"]},
              {"name": "report", "type": "report", "input": "ranked", "training": "clean", "top": 10}
            ]}
            """;

    static ServerUnderTest server;
    static ServiceRegistration<Screen> slow;
    static String finishedRun;

    @BeforeAll
    static void start(@InjectBundleContext BundleContext context, @InjectService ConfigurationAdmin admin) throws Exception {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(PluginProperties.ID, "slow");
        props.put(PluginProperties.NAME, "Slow screen");
        slow = context.registerService(Screen.class, new SlowScreen(), props);
        server = ServerUnderTest.start(admin);
        // a data file under the root (real rows of matbench expt_gap), and one outside it reached by a link
        Path shared = Path.of(context.getProperty("matforge.shared.data"), "matbench", "expt_gap.csv");
        List<String> rows = Files.readAllLines(shared).subList(0, 41);
        Files.write(server.dataRoot.resolve("gap.csv"), rows);
        Files.write(server.base.resolve("outside.csv"), rows);
        Files.createSymbolicLink(server.dataRoot.resolve("link-out.csv"), server.base.resolve("outside.csv"));
    }

    @AfterAll
    static void stop() {
        if (slow != null) {
            slow.unregister();
        }
    }

    static String fileWorkflow(String field, String path) {
        String step = switch (field) {
            case "path" -> "{\"name\": \"data\", \"type\": \"load\", \"source\": \"file\", \"parameters\": {\"path\": " + quote(path)
                    + ", \"numericColumns\": [\"target\"]}}";
            case "cacheFolder" -> "{\"name\": \"data\", \"type\": \"load\", \"source\": \"matbench\", \"parameters\": {\"dataset\": \"expt_gap\", \"cacheFolder\": "
                    + quote(path) + "}}";
            case "file" -> "{\"name\": \"model\", \"type\": \"load-predictor\", \"predictor\": \"gap\", \"file\": " + quote(path) + "}";
            default -> throw new IllegalArgumentException(field);
        };
        return "{\"schema\": 1, \"name\": \"paths\", \"steps\": [" + step + "]}";
    }

    static String quote(String s) {
        JsonArray a = new JsonArray();
        a.add(s);
        return a.get(0).toString();
    }

    // ---- open endpoints, tokens, scopes

    @Test
    @Order(1)
    void healthReadyAndOpenApiNeedNoToken() throws Exception {
        assertEquals("up", json(server.get("/health", null)).get("status").getAsString());
        Waiting.until(() -> call("/ready").statusCode() == 200, Duration.ofSeconds(60), "ready");
        HttpResponse<String> api = server.get("/openapi.json", null);
        assertEquals(200, api.statusCode());
        JsonObject doc = json(api);
        assertTrue(doc.get("openapi").getAsString().startsWith("3."));
        for (String p : List.of("/health", "/ready", "/me", "/plugins", "/examples", "/workflows/validate", "/runs", "/runs/{id}", "/runs/{id}/cancel",
                "/runs/{id}/artefacts/{name}", "/runs/{id}/events", "/admin/bundles", "/admin/bundles/{file}", "/admin/problems")) {
            assertTrue(doc.getAsJsonObject("paths").has(p), "OpenAPI documents " + p);
        }
    }

    private static HttpResponse<String> call(String path) {
        try {
            return server.get(path, null);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(2)
    void everyProtectedEndpointNeedsAValidTokenWithTheRightScope() throws Exception {
        List<String[]> calls = List.of(new String[] {"GET", "/me", "read"}, new String[] {"GET", "/plugins", "read"},
                new String[] {"GET", "/examples", "read"}, new String[] {"POST", "/workflows/validate", "read"},
                new String[] {"GET", "/runs", "read"}, new String[] {"POST", "/runs", "submit"}, new String[] {"GET", "/runs/x-1", "read"},
                new String[] {"POST", "/runs/x-1/cancel", "submit"}, new String[] {"GET", "/runs/x-1/artefacts/run.json", "read"},
                new String[] {"GET", "/runs/x-1/events", "read"}, new String[] {"GET", "/admin/bundles", "admin"},
                new String[] {"PUT", "/admin/bundles/a.jar", "admin"}, new String[] {"DELETE", "/admin/bundles/a.jar", "admin"},
                new String[] {"GET", "/admin/problems", "admin"});
        for (String[] c : calls) {
            HttpResponse<String> none = server.send(request(c[0], c[1]), null);
            error(none, 401);
            assertEquals("Bearer realm=\"matforge\"", none.headers().firstValue("WWW-Authenticate").orElse(""), c[1]);
            error(server.send(request(c[0], c[1]), "mf_not-a-token"), 401);
            error(server.send(request(c[0], c[1]).header("Authorization", "Basic YTpi"), null), 401);
            if (c[2].equals("submit")) {
                error(server.send(request(c[0], c[1]), "read"), 403);
            } else if (c[2].equals("admin")) {
                error(server.send(request(c[0], c[1]), "read"), 403);
                error(server.send(request(c[0], c[1]), "submit"), 403);
            }
        }
        JsonObject me = json(server.get("/me", "submit"));
        assertEquals("[\"read\",\"submit\"]", me.get("scopes").toString());
        assertEquals("submit", me.get("token").getAsString());
        // the token file holds hashes only
        String stored = Files.readString(server.base.resolve("server/tokens.sha256"));
        for (String t : server.tokens.values()) {
            assertFalse(stored.contains(t), "plain token in the token file");
        }
    }

    private static HttpRequest.Builder request(String method, String path) {
        HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}");
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json").method(method, body);
    }

    @Test
    @Order(3)
    void corsIsClosedExceptForConfiguredOrigins() throws Exception {
        HttpResponse<String> other = server.send(HttpRequest.newBuilder(server.uri("/me")).header("Origin", "http://evil.example").GET(), "read");
        assertEquals(200, other.statusCode());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> allowed = server.send(HttpRequest.newBuilder(server.uri("/me")).header("Origin", ServerUnderTest.ALLOWED_ORIGIN).GET(), "read");
        assertEquals(ServerUnderTest.ALLOWED_ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> refused = server.send(HttpRequest.newBuilder(server.uri("/me")).header("Origin", ServerUnderTest.ALLOWED_ORIGIN).GET(), null);
        assertEquals(401, refused.statusCode());
        assertEquals(ServerUnderTest.ALLOWED_ORIGIN, refused.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "errors are readable too");
        HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.uri("/runs")).header("Origin", ServerUnderTest.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()), null);
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
    }

    // ---- plug-ins, examples, validation

    @Test
    @Order(4)
    void pluginsByKindWithProblemsAndExamples() throws Exception {
        JsonObject all = json(server.get("/plugins", "read"));
        assertTrue(all.getAsJsonArray("problems").isJsonArray());
        JsonArray featurizers = json(server.get("/plugins?kind=featurizer", "read")).getAsJsonArray("plugins");
        List<String> ids = featurizers.asList().stream().map(e -> e.getAsJsonObject().get("id").getAsString()).toList();
        assertTrue(ids.contains("magpie") && ids.contains("stoichiometry"), ids.toString());
        featurizers.forEach(e -> assertEquals("featurizer", e.getAsJsonObject().get("kind").getAsString()));
        assertEquals("org.matforge.featurizers", featurizers.get(0).getAsJsonObject().get("bundle").getAsString());
        JsonObject bad = error(server.get("/plugins?kind=featurizr", "read"), 400);
        assertTrue(bad.get("message").getAsString().contains("featurizr"), bad.toString());

        JsonArray examples = json(server.get("/examples", "read")).getAsJsonArray("examples");
        List<String> names = examples.asList().stream().map(e -> e.getAsJsonObject().get("name").getAsString()).toList();
        assertTrue(names.contains("wide-gap-gan"), names.toString());
        assertTrue(examples.get(0).getAsJsonObject().getAsJsonObject("workflow").has("steps"));
    }

    @Test
    @Order(5)
    void validationGivesTheProblemsAtTheirPaths() throws Exception {
        JsonObject ok = json(server.post("/workflows/validate", "read", SMALL));
        assertTrue(ok.get("valid").getAsBoolean());
        assertEquals(9, ok.get("steps").getAsInt());
        JsonObject bad = error(server.post("/workflows/validate", "read", SMALL.replace("\"stoichiometry\"", "\"stoichiometri\"")), 422);
        assertEquals("invalid_workflow", bad.get("code").getAsString());
        assertTrue(problemPaths(bad).stream().anyMatch(p -> p.startsWith("steps[2].featurizers")), bad.toString());
        assertTrue(bad.toString().contains("stoichiometry"), "did-you-mean: " + bad);
        // the same problems when submitting
        error(server.post("/runs", "submit", SMALL.replace("\"stoichiometry\"", "\"stoichiometri\"")), 422);
    }

    @Test
    @Order(6)
    void malformedOversizedAndOverLimitBodiesAreRefusedWithAMessage() throws Exception {
        for (String path : List.of("/workflows/validate", "/runs")) {
            assertEquals("malformed_json", error(server.post(path, "submit", "{\"schema\": 1, \"steps\": ["), 400).get("code").getAsString());
            assertEquals("malformed_json", error(server.post(path, "submit", "[1, 2]"), 400).get("code").getAsString());
            assertEquals("malformed_json", error(server.post(path, "submit", "{} {}"), 400).get("code").getAsString());
            assertEquals("empty_body", error(server.post(path, "submit", ""), 400).get("code").getAsString());
            assertEquals("too_deep", error(server.post(path, "submit", "{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}"), 400)
                    .get("code").getAsString());
            String huge = "{\"schema\": 1, \"name\": \"" + "x".repeat((int) ServerUnderTest.MAX_BODY) + "\", \"steps\": []}";
            assertEquals("too_large", error(refusedOverSize(path, huge), 413).get("code").getAsString());
            HttpResponse<String> form = server.send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(SMALL)), "submit");
            assertEquals("unsupported_media_type", error(form, 415).get("code").getAsString());
            StringBuilder many = new StringBuilder("{\"schema\": 1, \"name\": \"many\", \"steps\": [");
            for (int i = 0; i < 21; i++) {
                many.append(i == 0 ? "" : ",").append("{\"name\": \"d").append(i).append("\", \"type\": \"load\", \"source\": \"builtin\"}");
            }
            JsonObject steps = error(server.post(path, "submit", many + "]}"), 400);
            assertEquals(List.of("steps"), problemPaths(steps));
            JsonObject samples = error(server.post(path, "submit", SMALL.replace("\"count\": 60", "\"count\": 999999")), 400);
            assertEquals(List.of("steps[5].count"), problemPaths(samples));
        }
        error(server.get("/runs?limit=0", "read"), 400);
        error(server.get("/runs?limit=abc", "read"), 400);
        error(server.get("/runs?status=DONE", "read"), 400);
        error(server.get("/nothing/here", "read"), 404);
        error(server.send(HttpRequest.newBuilder(server.uri("/plugins")).DELETE(), "admin"), 405);
    }

    /**
     * Posts a body over the limit. The server refuses it on its declared length without reading it, and closes the
     * connection; a client still sending then sometimes loses the answer ("header parser received no bytes").
     * A client that is told nothing tries again, as this one does, up to three times.
     */
    private HttpResponse<String> refusedOverSize(String path, String huge) throws Exception {
        java.io.IOException lost = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return server.post(path, "submit", huge);
            } catch (java.io.IOException e) {
                lost = e;
            }
        }
        throw lost;
    }

    @Test
    @Order(7)
    void everyPathBearingFieldIsConfinedToTheDataRoots() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("path", "steps[0].parameters.path");
        fields.put("cacheFolder", "steps[0].parameters.cacheFolder");
        fields.put("file", "steps[0].file");
        String root = server.dataRoot.toString();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            for (String hostile : List.of("../outside.csv", "sub/../../outside.csv", "/etc/passwd", root + "/gap.csv", "~/x", "..", "link-out.csv",
                    "C:\\\\x", "a\\\\..\\\\..\\\\b")) {
                if (hostile.equals("link-out.csv") && f.getKey().equals("cacheFolder")) {
                    continue; // a folder field: the link is to a file
                }
                for (String endpoint : List.of("/workflows/validate", "/runs")) {
                    JsonObject e = error(server.post(endpoint, "submit", fileWorkflow(f.getKey(), hostile)), 400);
                    assertEquals("forbidden_path", e.get("code").getAsString(), hostile + ": " + e);
                    assertEquals(List.of(f.getValue()), problemPaths(e), hostile);
                    assertTrue(hostile.startsWith(root) || !e.toString().contains(server.base.toString()), "the message reveals no server path: " + e);
                }
            }
        }
        // a file under the root is read, as given relative to it
        JsonObject ok = json(server.post("/workflows/validate", "read", fileWorkflow("path", "gap.csv")));
        assertTrue(ok.get("valid").getAsBoolean(), ok.toString());
    }

    // ---- a real run: submit, events with reconnection, status, artefacts

    @Test
    @Order(10)
    void aSubmittedRunStreamsItsProgressAndReconnectingMissesNothing() throws Exception {
        HttpResponse<String> submitted = server.post("/runs", "submit", SMALL);
        assertEquals(202, submitted.statusCode(), submitted.body());
        JsonObject s = json(submitted);
        String id = s.get("id").getAsString();
        assertEquals("QUEUED", s.get("status").getAsString());
        assertEquals("/api/v1/runs/" + id, s.get("href").getAsString());

        // read the first events, hang up, reconnect with the last id seen
        List<Event> first = events(id, 0, 3);
        assertEquals(List.of(1L, 2L, 3L), first.stream().map(Event::id).toList());
        List<Event> rest = events(id, 3, Integer.MAX_VALUE);
        assertEquals(4L, rest.get(0).id(), "the reconnection starts after the last event seen");
        for (int i = 1; i < rest.size(); i++) {
            assertEquals(rest.get(i - 1).id() + 1, rest.get(i).id(), "no gap in the ids");
        }
        Event done = rest.get(rest.size() - 1);
        assertEquals("done", done.type());
        assertEquals("SUCCEEDED", JsonParser.parseString(done.data()).getAsJsonObject().get("status").getAsString(), done.data());
        List<String> types = rest.stream().map(Event::type).distinct().toList();
        assertTrue(types.containsAll(List.of("status", "step", "progress", "log", "done")), types.toString());
        // a late client replays the whole story, the same ids and data
        List<Event> replay = events(id, 0, Integer.MAX_VALUE);
        List<Event> whole = new ArrayList<>(first);
        whole.addAll(rest);
        assertEquals(whole, replay);

        JsonObject run = json(server.get("/runs/" + id, "read"));
        assertEquals("SUCCEEDED", run.get("status").getAsString(), run.toString());
        assertEquals(1.0, run.get("progress").getAsDouble());
        assertEquals(9, run.getAsJsonArray("steps").size());
        run.getAsJsonArray("steps").forEach(st -> assertEquals("SUCCEEDED", st.getAsJsonObject().get("status").getAsString()));
        assertTrue(run.get("finished").getAsString().endsWith("Z"));
        Map<String, JsonObject> artefacts = new LinkedHashMap<>();
        run.getAsJsonArray("artefacts").forEach(a -> artefacts.put(a.getAsJsonObject().get("name").getAsString(), a.getAsJsonObject()));
        assertTrue(artefacts.keySet().containsAll(List.of("candidates.csv", "report.html", "run.json")), artefacts.keySet().toString());
        assertTrue(artefacts.keySet().stream().anyMatch(n -> n.startsWith("models/") && n.endsWith(".mfm")), artefacts.keySet().toString());

        Path dir = server.runs.resolve(id);
        for (String name : List.of("candidates.csv", "report.html")) {
            HttpResponse<byte[]> file = server.bytes(HttpRequest.newBuilder(server.uri("/runs/" + id + "/artefacts/" + name)).GET(), "read");
            assertEquals(200, file.statusCode());
            assertArrayEquals(Files.readAllBytes(dir.resolve(name)), file.body());
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertEquals(artefacts.get(name).get("mediaType").getAsString(), file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        }
        String model = artefacts.keySet().stream().filter(n -> n.startsWith("models/")).findFirst().orElseThrow();
        HttpResponse<byte[]> mfm = server.bytes(HttpRequest.newBuilder(server.uri("/runs/" + id + "/artefacts/" + model)).GET(), "read");
        assertArrayEquals(Files.readAllBytes(dir.resolve(model)), mfm.body());
        String csv = new String(Files.readAllBytes(dir.resolve("candidates.csv")), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("formula") || csv.contains("band_gap"), csv.substring(0, Math.min(200, csv.length())));
        finishedRun = id;

        JsonObject list = json(server.get("/runs?status=SUCCEEDED&name=server-sm&limit=1&offset=0", "read"));
        assertEquals(id, list.getAsJsonArray("runs").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals(1, list.get("limit").getAsInt());
        assertTrue(list.get("total").getAsInt() >= 1);
        assertEquals(0, json(server.get("/runs?status=SUCCEEDED&name=no-such-workflow", "read")).get("total").getAsInt());
        error(server.post("/runs/" + id + "/cancel", "submit", ""), 409);
        error(server.get("/runs/20990101-000000-0000-none", "read"), 404);
    }

    @Test
    @Order(11)
    void artefactDownloadsStayInsideTheRunFolder() throws Exception {
        String id = finishedRun == null ? anyRun() : finishedRun;
        Path dir = server.runs.resolve(id);
        Files.createSymbolicLink(dir.resolve("leak.csv"), server.base.resolve("outside.csv"));
        String secret = Files.readString(server.base.resolve("server/tokens.sha256"));
        for (String name : List.of("..%2F..%2Fserver%2Ftokens.sha256", "%2e%2e/%2e%2e/server/tokens.sha256", "models/..%2F..%2F..%2Fserver%2Ftokens.sha256",
                "leak.csv", "%2Fetc%2Fpasswd", "models/%2e%2e/%2e%2e/outside.csv", "status.json%00.txt", "cancel.request",
                ".hidden", "no-such-file.csv")) {
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/runs/" + id + "/artefacts/" + name)).GET(), "read");
            assertNotEquals(200, r.statusCode(), name + ": " + r.body());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, name + " gives " + r.statusCode());
            assertFalse(r.body().contains(secret.substring(0, 40)) || r.body().contains("root:"), name);
        }
        JsonObject run = json(server.get("/runs/" + id, "read"));
        assertFalse(run.getAsJsonArray("artefacts").toString().contains("leak.csv"), "a link is not listed");
        for (String badId : List.of("..%2F..%2Fserver", "%2e%2e", "x%00y")) {
            HttpResponse<String> r = server.get("/runs/" + badId, "read");
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, badId + " gives " + r.statusCode());
        }
    }

    private static String anyRun() throws Exception {
        return json(server.get("/runs?limit=1", "read")).getAsJsonArray("runs").get(0).getAsJsonObject().get("id").getAsString();
    }

    /** One Server-Sent Event. */
    record Event(long id, String type, String data) {
    }

    /** @return up to {@code max} events of a run's stream after {@code lastId} (then hangs up), or all until {@code done} */
    static List<Event> events(String runId, long lastId, int max) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri("/runs/" + runId + "/events")).GET()
                .header("Authorization", "Bearer " + server.tokens.get("read")).timeout(Duration.ofMinutes(10));
        if (lastId > 0) {
            b.header("Last-Event-ID", Long.toString(lastId));
        }
        HttpResponse<Stream<String>> r = server.client().send(b.build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<Event> out = new ArrayList<>();
        try (Stream<String> lines = r.body()) {
            Iterator<String> it = lines.iterator();
            long id = -1;
            String type = null;
            String data = null;
            while (out.size() < max && it.hasNext()) {
                String line = it.next();
                if (line.startsWith("id: ")) {
                    id = Long.parseLong(line.substring(4));
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                } else if (line.isEmpty() && type != null) {
                    out.add(new Event(id, type, data));
                    if (type.equals("done")) {
                        break;
                    }
                    type = null;
                }
            }
        }
        return out;
    }

    // ---- the bounded queue, cancellation

    @Test
    @Order(20)
    void aFullQueueAnswers429WithRetryAfterAndCancelFreesIt() throws Exception {
        String slowWorkflow = """
                {"schema": 1, "name": "slow", "seed": 1, "steps": [
                  {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
                  {"name": "generator", "type": "train-generator", "input": "data", "trainer": "vae", "parameters": {"epochs": 1}},
                  {"name": "sampled", "type": "sample", "generator": "generator", "count": 5},
                  {"name": "waiting", "type": "screen", "input": "sampled", "screens": [{"id": "slow", "parameters": {"seconds": 300}}]}
                ]}
                """;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ServerUnderTest.QUEUE; i++) {
            HttpResponse<String> r = server.post("/runs", "submit", slowWorkflow);
            assertEquals(202, r.statusCode(), r.body());
            ids.add(json(r).get("id").getAsString());
        }
        HttpResponse<String> full = server.post("/runs", "submit", slowWorkflow);
        JsonObject e = error(full, 429);
        assertEquals("queue_full", e.get("code").getAsString());
        assertEquals("7", full.headers().firstValue("Retry-After").orElse(""));
        assertEquals("QUEUED", json(server.get("/runs/" + ids.get(1), "read")).get("status").getAsString(), "one run at a time");

        // the event streams are bounded too: the open ones end with 'done' when their run is cancelled
        List<java.util.concurrent.CompletableFuture<HttpResponse<Stream<String>>>> open = new ArrayList<>();
        for (int i = 0; i < ServerUnderTest.STREAMS; i++) {
            open.add(server.client().sendAsync(HttpRequest.newBuilder(server.uri("/runs/" + ids.get(0) + "/events"))
                    .header("Authorization", "Bearer " + server.tokens.get("read")).GET().build(), HttpResponse.BodyHandlers.ofLines()));
        }
        for (java.util.concurrent.CompletableFuture<HttpResponse<Stream<String>>> f : open) {
            assertEquals(200, f.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode());
        }
        HttpResponse<String> tooMany = server.get("/runs/" + ids.get(0) + "/events", "read");
        assertEquals("too_many_streams", error(tooMany, 429).get("code").getAsString());
        assertTrue(tooMany.headers().firstValue("Retry-After").isPresent());

        for (String id : ids) {
            HttpResponse<String> c = server.post("/runs/" + id + "/cancel", "submit", "");
            assertEquals(202, c.statusCode(), c.body());
        }
        for (String id : ids) {
            Waiting.until(() -> status(id).equals("CANCELLED"), Duration.ofMinutes(2), id + " cancelled");
        }
        error(server.post("/runs/" + ids.get(0) + "/cancel", "submit", ""), 409);
        for (java.util.concurrent.CompletableFuture<HttpResponse<Stream<String>>> f : open) {
            try (Stream<String> lines = f.get().body()) {
                assertTrue(lines.anyMatch(l -> l.equals("event: done")), "an open stream ends with done");
            }
        }
        HttpResponse<String> again = server.post("/workflows/validate", "read", slowWorkflow);
        assertEquals(200, again.statusCode(), "room again: " + again.body());
    }

    private static String status(String id) {
        try {
            return json(server.get("/runs/" + id, "read")).get("status").getAsString();
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    @Test
    @Order(25)
    void aPlugInThatThrowsFailsItsRunOnlyAndTheServerGoesOn(@InjectBundleContext BundleContext context) throws Exception {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(PluginProperties.ID, "exploding");
        props.put(PluginProperties.NAME, "Exploding screen");
        ServiceRegistration<Screen> exploding = context.registerService(Screen.class, (candidates, parameters, task) -> {
            throw new IllegalStateException("boom from the exploding screen");
        }, props);
        try {
            String workflow = """
                    {"schema": 1, "name": "exploding", "seed": 1, "steps": [
                      {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
                      {"name": "generator", "type": "train-generator", "input": "data", "trainer": "vae", "parameters": {"epochs": 1}},
                      {"name": "sampled", "type": "sample", "generator": "generator", "count": 5},
                      {"name": "boom", "type": "screen", "input": "sampled", "screens": ["exploding"]}
                    ]}
                    """;
            HttpResponse<String> r = server.post("/runs", "submit", workflow);
            assertEquals(202, r.statusCode(), r.body());
            String id = json(r).get("id").getAsString();
            Waiting.until(() -> status(id).equals("FAILED"), Duration.ofMinutes(3), "the run with the exploding screen fails");
            JsonObject run = json(server.get("/runs/" + id, "read"));
            assertTrue(run.get("error").getAsString().contains("boom"), run.toString());
            assertEquals("FAILED", run.getAsJsonArray("steps").get(3).getAsJsonObject().get("status").getAsString());
            assertEquals("done", events(id, 0, Integer.MAX_VALUE).stream().reduce((a, b) -> b).orElseThrow().type());
            assertEquals(200, server.get("/health", null).statusCode());
            assertEquals(200, server.post("/workflows/validate", "read", SMALL).statusCode());
        } finally {
            exploding.unregister();
        }
    }

    // ---- admin: bundles in the plug-in folder

    @Test
    @Order(30)
    void adminInstallsUpdatesListsAndRemovesBundleJars() throws Exception {
        byte[] v1 = TestBundles.jar("org.matforge.itest.uploaded", "1.0.0", Map.of(), Map.of("readme.txt", "v1".getBytes(StandardCharsets.UTF_8)));
        byte[] v2 = TestBundles.jar("org.matforge.itest.uploaded", "1.0.1", Map.of(), Map.of("readme.txt", "v2".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> created = put("uploaded.jar", v1);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("org.matforge.itest.uploaded", json(created).get("symbolicName").getAsString());
        assertArrayEquals(v1, Files.readAllBytes(server.plugins.resolve("uploaded.jar")));
        HttpResponse<String> updated = put("uploaded.jar", v2);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("1.0.1", json(updated).get("version").getAsString());
        JsonArray bundles = json(server.get("/admin/bundles", "admin")).getAsJsonArray("bundles");
        JsonElement listed = bundles.asList().stream().filter(b -> b.getAsJsonObject().get("name").getAsString().equals("uploaded.jar")).findFirst()
                .orElseThrow();
        assertEquals("1.0.1", listed.getAsJsonObject().get("version").getAsString());

        assertEquals("not_a_bundle", error(put("junk.jar", "not a jar".getBytes(StandardCharsets.UTF_8)), 400).get("code").getAsString());
        assertEquals("not_a_bundle", error(put("plain.jar", TestBundles.jar("x", "1", Map.of(), Map.of()).length > 0
                ? plainJar() : new byte[0]), 400).get("code").getAsString());
        assertFalse(Files.exists(server.plugins.resolve("junk.jar")));
        for (String name : List.of("..%2Fevil.jar", "evil.txt", ".hidden.jar", "a%20b.jar")) {
            HttpResponse<String> r = put(name, v1);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, name + " gives " + r.statusCode());
        }
        try (Stream<Path> files = Files.list(server.base)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("evil")));
        }

        HttpResponse<String> removed = server.send(HttpRequest.newBuilder(server.uri("/admin/bundles/uploaded.jar")).DELETE(), "admin");
        assertEquals(204, removed.statusCode());
        assertFalse(Files.exists(server.plugins.resolve("uploaded.jar")));
        error(server.send(HttpRequest.newBuilder(server.uri("/admin/bundles/uploaded.jar")).DELETE(), "admin"), 404);
        assertTrue(json(server.get("/admin/problems", "admin")).getAsJsonArray("problems").isJsonArray());
    }

    private static byte[] plainJar() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(out, m)) {
            jar.putNextEntry(new java.util.zip.ZipEntry("x.txt"));
            jar.write(1);
        }
        return out.toByteArray();
    }

    private static HttpResponse<String> put(String name, byte[] jar) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/admin/bundles/" + name)).header("Content-Type", "application/java-archive")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(jar)), "admin");
    }
}
