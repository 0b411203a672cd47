package org.matforge.server.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginProblem;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.api.workflow.WorkflowService;
import org.matforge.server.internal.api.Admission;
import org.matforge.server.internal.api.ApiException;
import org.matforge.server.internal.api.ArtefactFiles;
import org.matforge.server.internal.api.BundleFolder;
import org.matforge.server.internal.api.Platform;
import org.matforge.server.internal.api.RunEvents;
import org.matforge.server.internal.api.ServerSettings;
import org.matforge.server.internal.api.Views;
import org.matforge.server.internal.api.WorkflowGate;
import org.matforge.server.internal.auth.Scope;
import org.matforge.server.internal.auth.TokenStore;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The REST API under {@code /api/v1} (docs/api.md, openapi.json beside this class): one servlet that routes by
 * method and path, checks the bearer token's scope, and answers JSON; every refusal is an {@link ApiException}
 * rendered as the contract's error body.
 */
public final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Duration SSE_POLL = Duration.ofSeconds(1);
    private static final long SSE_KEEPALIVE_MS = 15_000;

    private final transient WorkflowService workflows;
    private final transient PluginRegistry registry;
    private final transient TokenStore tokens;
    private final transient ServerSettings settings;
    private final transient RunEvents events;
    private final transient Admission admission;
    private final transient WorkflowGate gate;
    private final transient BundleFolder bundles;
    private final transient Platform platform;
    private final transient Semaphore streams;

    public ApiServlet(WorkflowService workflows, PluginRegistry registry, TokenStore tokens, ServerSettings settings, RunEvents events,
            Platform platform) {
        this.workflows = workflows;
        this.registry = registry;
        this.tokens = tokens;
        this.settings = settings;
        this.events = events;
        this.platform = platform;
        this.admission = new Admission(settings.maxActiveRuns(), settings.retryAfter(), workflows::run);
        this.gate = new WorkflowGate(settings);
        this.bundles = new BundleFolder(settings.pluginFolder());
        this.streams = new Semaphore(settings.maxSseStreams());
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Optional.ofNullable(req.getPathInfo()).orElse("/");
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        try {
            cors(req, resp);
            if (method.equals("OPTIONS")) {
                resp.setStatus(204);
                return;
            }
            route(method, path, req, resp);
        } catch (ApiException e) {
            sendError(req, resp, e);
        } catch (RuntimeException e) {
            platform.log("the API failed on " + method + " " + path, e);
            sendError(req, resp, new ApiException(500, "internal", "internal error (" + e.getClass().getSimpleName() + "); the server log has the details"));
        }
    }

    private void route(String method, String path, HttpServletRequest req, HttpServletResponse resp) throws ApiException, IOException {
        String[] p = path.replaceAll("^/+|/+$", "").split("/");
        String head = p[0];
        // open endpoints: status only
        if (method.equals("GET") && p.length == 1) {
            switch (head) {
                case "health" -> {
                    json(resp, 200, status("up"));
                    return;
                }
                case "ready" -> {
                    boolean ready = registry.settled();
                    json(resp, ready ? 200 : 503, status(ready ? "ready" : "starting"));
                    return;
                }
                case "openapi.json" -> {
                    openApi(resp);
                    return;
                }
                default -> {
                }
            }
        }
        TokenStore.Entry token = authenticate(req, head.equals("runs") && p.length >= 3 && method.equals("GET")
                && (p[2].equals("events") || p[2].equals("artefacts")));
        switch (head) {
            case "me" -> {
                need(token, Scope.READ);
                only(method, "GET", p, 1);
                JsonObject o = new JsonObject();
                JsonArray scopes = new JsonArray();
                token.scope().granted().forEach(scopes::add);
                o.add("scopes", scopes);
                o.addProperty("token", token.label());
                json(resp, 200, o);
            }
            case "plugins" -> {
                need(token, Scope.READ);
                only(method, "GET", p, 1);
                plugins(req, resp);
            }
            case "examples" -> {
                need(token, Scope.READ);
                only(method, "GET", p, 1);
                examples(resp);
            }
            case "workflows" -> {
                need(token, Scope.READ);
                if (p.length != 2 || !p[1].equals("validate")) {
                    throw notFound(path);
                }
                only(method, "POST", p, 2);
                validate(req, resp);
            }
            case "runs" -> runs(method, p, token, req, resp);
            case "admin" -> {
                need(token, Scope.ADMIN);
                admin(method, p, req, resp);
            }
            default -> throw notFound(path);
        }
    }

    // ---- plug-ins, examples, validation

    private void plugins(HttpServletRequest req, HttpServletResponse resp) throws ApiException, IOException {
        String kind = req.getParameter("kind");
        List<PluginDescriptor> list;
        if (kind == null || kind.isBlank()) {
            list = registry.plugins();
        } else {
            try {
                list = registry.plugins(PluginKind.ofId(kind.trim()));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "bad_parameter", "kind: " + e.getMessage());
            }
        }
        JsonObject o = new JsonObject();
        JsonArray a = new JsonArray();
        list.forEach(d -> a.add(Views.plugin(d)));
        o.add("plugins", a);
        o.add("problems", problemsJson(registry.problems()));
        json(resp, 200, o);
    }

    private static JsonArray problemsJson(List<PluginProblem> problems) {
        JsonArray a = new JsonArray();
        problems.forEach(x -> a.add(Views.problem(x)));
        return a;
    }

    private void examples(HttpServletResponse resp) throws IOException {
        JsonArray a = new JsonArray();
        Path folder = settings.examplesFolder();
        if (Files.isDirectory(folder)) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.json")) {
                ds.forEach(files::add);
            }
            files.sort(null);
            for (Path f : files) {
                try {
                    JsonObject w = JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
                    JsonObject e = new JsonObject();
                    e.addProperty("name", w.has("name") ? w.get("name").getAsString() : f.getFileName().toString().replace(".json", ""));
                    e.addProperty("description", w.has("description") ? w.get("description").getAsString() : "");
                    e.add("workflow", w);
                    a.add(e);
                } catch (RuntimeException | IOException bad) {
                    platform.log("example " + f + " is not a readable workflow: " + bad.getMessage(), null);
                }
            }
        }
        JsonObject o = new JsonObject();
        o.add("examples", a);
        json(resp, 200, o);
    }

    private void validate(HttpServletRequest req, HttpServletResponse resp) throws ApiException, IOException {
        String doc = gate.admit(body(req));
        List<WorkflowProblem> problems = workflows.validate(doc);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        JsonObject o = new JsonObject();
        o.addProperty("valid", true);
        JsonElement steps = JsonParser.parseString(doc).getAsJsonObject().get("steps");
        o.addProperty("steps", steps != null && steps.isJsonArray() ? steps.getAsJsonArray().size() : 0);
        json(resp, 200, o);
    }

    private static ApiException invalid(List<WorkflowProblem> problems) {
        String first = problems.get(0).toString();
        return new ApiException(422, "invalid_workflow", problems.size() == 1 ? first : problems.size() + " problems; first: " + first, problems);
    }

    // ---- runs

    private void runs(String method, String[] p, TokenStore.Entry token, HttpServletRequest req, HttpServletResponse resp)
            throws ApiException, IOException {
        if (p.length == 1) {
            if (method.equals("POST")) {
                need(token, Scope.SUBMIT);
                submit(req, resp);
            } else if (method.equals("GET")) {
                need(token, Scope.READ);
                listRuns(req, resp);
            } else {
                throw notAllowed(method);
            }
            return;
        }
        String id = p[1];
        need(token, p.length > 2 && p[2].equals("cancel") ? Scope.SUBMIT : Scope.READ);
        RunSummary run = workflows.run(checkId(id)).orElseThrow(() -> new ApiException(404, "not_found", "no run '" + id + "'"));
        if (p.length == 2) {
            need(token, Scope.READ);
            only(method, "GET", p, 2);
            Path dir = run.directory();
            json(resp, 200, Views.run(run, workflows.steps(id), ArtefactFiles.list(dir)));
            return;
        }
        switch (p[2]) {
            case "cancel" -> {
                need(token, Scope.SUBMIT);
                only(method, "POST", p, 3);
                if (run.status().isFinal() || !workflows.cancel(id)) {
                    throw new ApiException(409, "already_finished", "run " + id + " has already ended (" + workflows.run(id).map(r -> r.status().name()).orElse("?") + ")");
                }
                JsonObject o = new JsonObject();
                o.addProperty("id", id);
                o.addProperty("status", workflows.run(id).map(r -> r.status().name()).orElse(RunStatus.CANCELLED.name()));
                json(resp, 202, o);
            }
            case "artefacts" -> {
                need(token, Scope.READ);
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    throw notAllowed(method);
                }
                if (p.length < 4) {
                    JsonObject o = Views.run(run, List.of(), ArtefactFiles.list(run.directory()));
                    JsonObject only = new JsonObject();
                    only.add("artefacts", o.get("artefacts"));
                    json(resp, 200, only);
                    return;
                }
                String name = String.join("/", java.util.Arrays.copyOfRange(p, 3, p.length));
                download(run, name, req, resp);
            }
            case "events" -> {
                need(token, Scope.READ);
                only(method, "GET", p, 3);
                stream(run, req, resp);
            }
            default -> throw notFound(String.join("/", p));
        }
    }

    private void submit(HttpServletRequest req, HttpServletResponse resp) throws ApiException, IOException {
        String doc = gate.admit(body(req));
        String id = admission.admit(() -> {
            try {
                return workflows.submit(doc);
            } catch (WorkflowException e) {
                throw invalid(e.problems());
            }
        });
        workflows.run(id).ifPresent(events::observe);
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("status", RunStatus.QUEUED.name());
        o.addProperty("href", Views.href(id));
        resp.setHeader("Location", Views.href(id));
        json(resp, 202, o);
    }

    private void listRuns(HttpServletRequest req, HttpServletResponse resp) throws ApiException, IOException {
        int limit = intParam(req, "limit", 50, 1, 500);
        int offset = intParam(req, "offset", 0, 0, Integer.MAX_VALUE);
        String status = req.getParameter("status");
        RunStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = RunStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "bad_parameter", "status: '" + status + "' is not one of " + java.util.Arrays.toString(RunStatus.values()));
            }
        }
        String name = Optional.ofNullable(req.getParameter("name")).map(s -> s.trim().toLowerCase(Locale.ROOT)).orElse("");
        List<RunSummary> matching = new ArrayList<>();
        for (RunSummary s : workflows.runs()) {
            if ((wanted == null || s.status() == wanted) && (name.isEmpty() || s.workflow().toLowerCase(Locale.ROOT).contains(name))) {
                matching.add(s);
            }
        }
        JsonArray a = new JsonArray();
        for (int i = offset; i < matching.size() && i < (long) offset + limit; i++) {
            a.add(Views.summary(matching.get(i)));
        }
        JsonObject o = new JsonObject();
        o.add("runs", a);
        o.addProperty("total", matching.size());
        o.addProperty("limit", limit);
        o.addProperty("offset", offset);
        json(resp, 200, o);
    }

    private void download(RunSummary run, String name, HttpServletRequest req, HttpServletResponse resp) throws ApiException, IOException {
        Path file = ArtefactFiles.resolve(run.directory().toAbsolutePath().normalize(), name);
        String media = ArtefactFiles.mediaType(name);
        boolean inline = "inline".equals(req.getParameter("disposition"));
        resp.setStatus(200);
        resp.setContentType(media.startsWith("text/") || media.equals("application/json") ? media + ";charset=utf-8" : media);
        resp.setContentLengthLong(Files.size(file));
        String fileName = file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        resp.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + fileName + "\"");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (media.equals("text/html") || media.equals("image/svg+xml")) {
            // a report shown inline runs no script and reaches no other page of this origin
            resp.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'");
        }
        if (req.getMethod().equalsIgnoreCase("HEAD")) {
            return;
        }
        try (InputStream in = Files.newInputStream(file); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private void stream(RunSummary run, HttpServletRequest req, HttpServletResponse resp) throws ApiException, IOException {
        long last = lastEventId(req);
        if (!streams.tryAcquire()) {
            throw new ApiException(429, "too_many_streams", "at most " + settings.maxSseStreams() + " event streams may be open at once (maxSseStreams)",
                    List.of(), settings.retryAfter());
        }
        try {
            String id = run.id();
            events.observe(run);
            resp.setStatus(200);
            resp.setContentType("text/event-stream;charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Accel-Buffering", "no");
            PrintWriter out = resp.getWriter();
            out.write("retry: 2000\n\n");
            out.flush();
            long quietSince = System.currentTimeMillis();
            while (true) {
                List<RunEvents.Event> batch = events.after(id, last, SSE_POLL);
                boolean done = false;
                for (RunEvents.Event e : batch) {
                    out.write("id: " + e.id() + "\nevent: " + e.type() + "\ndata: " + e.data() + "\n\n");
                    last = e.id();
                    done |= e.type().equals("done");
                }
                if (!batch.isEmpty()) {
                    out.flush();
                    quietSince = System.currentTimeMillis();
                } else {
                    workflows.run(id).ifPresent(events::observe); // an end the listener did not report
                    if (System.currentTimeMillis() - quietSince > SSE_KEEPALIVE_MS) {
                        out.write(": keep-alive\n\n");
                        out.flush();
                        quietSince = System.currentTimeMillis();
                    }
                }
                if (out.checkError()) {
                    return; // the client has gone
                }
                if (done) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.release();
        }
    }

    private static long lastEventId(HttpServletRequest req) throws ApiException {
        String v = Optional.ofNullable(req.getHeader("Last-Event-ID")).orElse(req.getParameter("lastEventId"));
        if (v == null || v.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "bad_parameter", "Last-Event-ID: '" + v + "' is not an event id (a whole number)");
        }
    }

    // ---- admin

    private void admin(String method, String[] p, HttpServletRequest req, HttpServletResponse resp) throws ApiException, IOException {
        if (p.length == 2 && p[1].equals("problems")) {
            only(method, "GET", p, 2);
            JsonObject o = new JsonObject();
            o.add("problems", problemsJson(registry.problems()));
            json(resp, 200, o);
            return;
        }
        if (p.length < 2 || !p[1].equals("bundles")) {
            throw notFound(String.join("/", p));
        }
        if (p.length == 2) {
            only(method, "GET", p, 2);
            JsonArray a = new JsonArray();
            for (BundleFolder.Jar jar : bundles.list()) {
                a.add(bundleJson(jar));
            }
            JsonObject o = new JsonObject();
            o.add("bundles", a);
            json(resp, 200, o);
            return;
        }
        if (p.length != 3) {
            throw notFound(String.join("/", p));
        }
        String name = p[2];
        switch (method) {
            case "PUT" -> {
                byte[] jar = bytes(req, settings.maxBundleBytes(), "bundle");
                boolean replaced = bundles.put(name, jar);
                platform.log((replaced ? "updated " : "installed ") + "plug-in jar " + name + " through the API", null);
                BundleFolder.Jar written = bundles.list().stream().filter(j -> j.name().equals(name)).findFirst()
                        .orElseThrow(() -> new ApiException(500, "internal", name + " vanished after writing"));
                json(resp, replaced ? 200 : 201, bundleJson(written));
            }
            case "DELETE" -> {
                if (!bundles.remove(name)) {
                    throw new ApiException(404, "not_found", "no bundle jar '" + name + "' in the plug-in folder");
                }
                platform.log("removed plug-in jar " + name + " through the API", null);
                resp.setStatus(204);
            }
            case "GET" -> {
                BundleFolder.Jar jar = bundles.list().stream().filter(j -> j.name().equals(name)).findFirst()
                        .orElseThrow(() -> new ApiException(404, "not_found", "no bundle jar '" + name + "' in the plug-in folder"));
                json(resp, 200, bundleJson(jar));
            }
            default -> throw notAllowed(method);
        }
    }

    private JsonObject bundleJson(BundleFolder.Jar jar) {
        Platform.BundleState state = platform.bundleState(jar.path(), jar.symbolicName());
        JsonObject o = new JsonObject();
        o.addProperty("name", jar.name());
        o.addProperty("symbolicName", jar.symbolicName());
        o.addProperty("version", jar.version());
        o.addProperty("state", state.state());
        JsonArray problems = new JsonArray();
        state.problems().forEach(problems::add);
        for (PluginProblem x : registry.problems()) {
            if (x.bundle().equals(jar.symbolicName())) {
                problems.add(x.message());
            }
        }
        o.add("problems", problems);
        return o;
    }

    // ---- plumbing

    private TokenStore.Entry authenticate(HttpServletRequest req, boolean queryTokenAllowed) throws ApiException {
        String header = req.getHeader("Authorization");
        String presented = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = header.substring(7).trim();
        } else if (header == null && queryTokenAllowed) {
            presented = req.getParameter("access_token");
        }
        if (presented == null) {
            throw new ApiException(401, "unauthorized", "this call needs a bearer token (Authorization: Bearer <token>)");
        }
        return tokens.check(presented).orElseThrow(() -> new ApiException(401, "unauthorized", "the bearer token is not valid"));
    }

    private static void need(TokenStore.Entry token, Scope scope) throws ApiException {
        if (!token.scope().includes(scope)) {
            throw new ApiException(403, "forbidden", "this call needs a token with scope '" + scope.id() + "'; this one has '" + token.scope().id() + "'");
        }
    }

    private static void only(String method, String allowed, String[] p, int length) throws ApiException {
        if (p.length != length) {
            throw notFound(String.join("/", p));
        }
        if (!method.equals(allowed) && !(allowed.equals("GET") && method.equals("HEAD"))) {
            throw notAllowed(method);
        }
    }

    private static ApiException notFound(String path) {
        return new ApiException(404, "not_found", "no API endpoint " + Views.BASE + "/" + path.replaceAll("^/+", ""));
    }

    private static ApiException notAllowed(String method) {
        return new ApiException(405, "method_not_allowed", method + " is not allowed here");
    }

    private static String checkId(String id) throws ApiException {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,127}")) {
            throw new ApiException(404, "not_found", "no run '" + id.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return id;
    }

    private static int intParam(HttpServletRequest req, String name, int dflt, int min, int max) throws ApiException {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "bad_parameter", name + ": '" + v + "' is not a whole number from " + min + " to " + max);
        }
    }

    private String body(HttpServletRequest req) throws ApiException, IOException {
        String type = Optional.ofNullable(req.getContentType()).orElse("application/json");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/json") && !type.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
            throw new ApiException(415, "unsupported_media_type", "the body must be application/json, got " + type);
        }
        return new String(bytes(req, settings.maxBodyBytes(), "body"), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(HttpServletRequest req, long max, String what) throws ApiException, IOException {
        if (req.getContentLengthLong() > max) {
            throw new ApiException(413, "too_large", "the " + what + " of " + req.getContentLengthLong() + " bytes is larger than the limit of " + max + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        try (InputStream in = req.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    throw new ApiException(413, "too_large", "the " + what + " is larger than the limit of " + max + " bytes");
                }
                out.write(buf, 0, n);
            }
        }
        if (total == 0) {
            throw new ApiException(400, "empty_body", "the request has no " + what);
        }
        return out.toByteArray();
    }

    private void cors(HttpServletRequest req, HttpServletResponse resp) {
        String origin = req.getHeader("Origin");
        if (origin != null && settings.corsOrigins().contains(origin)) {
            resp.setHeader("Access-Control-Allow-Origin", origin);
            resp.setHeader("Vary", "Origin");
            resp.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, Last-Event-ID");
            resp.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
            resp.setHeader("Access-Control-Max-Age", "600");
        }
    }

    private void openApi(HttpServletResponse resp) throws IOException {
        try (InputStream in = ApiServlet.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                json(resp, 500, Views.error(new ApiException(500, "internal", "the OpenAPI document is missing from the server bundle")));
                return;
            }
            resp.setStatus(200);
            resp.setContentType("application/json;charset=utf-8");
            in.transferTo(resp.getOutputStream());
        }
    }

    private static JsonObject status(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("status", s);
        return o;
    }

    private static void json(HttpServletResponse resp, int status, JsonElement body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private void sendError(HttpServletRequest req, HttpServletResponse resp, ApiException e) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.reset();
        cors(req, resp);
        if (e.status() == 401) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"matforge\"");
        }
        if (e.retryAfterSeconds() > 0) {
            resp.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        json(resp, e.status(), Views.error(e));
    }
}
