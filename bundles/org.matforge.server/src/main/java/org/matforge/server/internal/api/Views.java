package org.matforge.server.internal.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginProblem;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.StepSummary;
import org.matforge.api.workflow.WorkflowProblem;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The API's JSON shapes (api-contract.md), built from the workflow service's and the catalogue's values. */
public final class Views {
    /** The API's base path. */
    public static final String BASE = "/api/v1";
    private static final Gson GSON = new Gson();

    private Views() {
    }

    /** @return the error body {@code {"error": {status, code, message, problems?}}} */
    public static JsonObject error(ApiException e) {
        JsonObject err = new JsonObject();
        err.addProperty("status", e.status());
        err.addProperty("code", e.code());
        err.addProperty("message", e.getMessage());
        if (!e.problems().isEmpty()) {
            err.add("problems", problems(e.problems()));
        }
        JsonObject o = new JsonObject();
        o.add("error", err);
        return o;
    }

    public static JsonArray problems(List<WorkflowProblem> problems) {
        JsonArray a = new JsonArray();
        for (WorkflowProblem p : problems) {
            JsonObject o = new JsonObject();
            o.addProperty("path", p.path());
            o.addProperty("message", p.message());
            a.add(o);
        }
        return a;
    }

    public static JsonObject plugin(PluginDescriptor d) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", d.kind().id());
        o.addProperty("id", d.id());
        o.addProperty("name", d.name());
        o.addProperty("description", d.description());
        o.addProperty("bundle", d.bundle());
        o.addProperty("bundleVersion", d.bundleVersion());
        JsonObject props = new JsonObject();
        for (Map.Entry<String, Object> p : d.properties().entrySet()) {
            props.add(p.getKey(), value(p.getValue()));
        }
        o.add("properties", props);
        return o;
    }

    public static JsonObject problem(PluginProblem p) {
        JsonObject o = new JsonObject();
        o.addProperty("bundle", p.bundle());
        o.addProperty("bundleVersion", p.bundleVersion());
        o.addProperty("component", p.component());
        o.addProperty("message", p.message());
        return o;
    }

    private static JsonElement value(Object v) {
        if (v == null) {
            return JsonNull.INSTANCE;
        } else if (v instanceof Number n) {
            return new JsonPrimitive(n);
        } else if (v instanceof Boolean b) {
            return new JsonPrimitive(b);
        } else if (v instanceof String s) {
            return new JsonPrimitive(s);
        } else if (v.getClass().isArray() || v instanceof Iterable<?>) {
            try {
                return GSON.toJsonTree(v);
            } catch (RuntimeException e) {
                return new JsonPrimitive(String.valueOf(v));
            }
        }
        return new JsonPrimitive(String.valueOf(v));
    }

    /** @return a run in the runs list */
    public static JsonObject summary(RunSummary s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", s.id());
        o.addProperty("name", s.workflow());
        o.addProperty("status", s.status().name());
        o.addProperty("submitted", time(Optional.ofNullable(s.submitted())));
        o.addProperty("started", time(s.started()));
        o.addProperty("finished", time(s.ended()));
        o.addProperty("progress", s.status() == RunStatus.SUCCEEDED ? 1.0 : clamp(s.fraction()));
        o.addProperty("step", s.step());
        o.addProperty("message", s.message());
        o.addProperty("error", s.status() == RunStatus.FAILED || s.status() == RunStatus.INTERRUPTED ? s.message() : null);
        o.addProperty("href", href(s.id()));
        return o;
    }

    /** @return a run with its steps and artefacts */
    public static JsonObject run(RunSummary s, List<StepSummary> steps, List<ArtefactFiles.Artefact> artefacts) {
        JsonObject o = summary(s);
        JsonArray st = new JsonArray();
        for (StepSummary step : steps) {
            JsonObject j = new JsonObject();
            j.addProperty("index", step.index());
            j.addProperty("name", step.name());
            j.addProperty("type", step.type());
            j.addProperty("status", step.status().name());
            j.addProperty("progress", step.status() == RunStatus.SUCCEEDED ? 1.0 : step.name().equals(s.step()) && !step.status().isFinal() ? 0.5 : 0.0);
            j.addProperty("started", time(step.started()));
            j.addProperty("finished", time(step.ended()));
            j.addProperty("message", step.message());
            st.add(j);
        }
        o.add("steps", st);
        JsonArray ar = new JsonArray();
        for (ArtefactFiles.Artefact a : artefacts) {
            JsonObject j = new JsonObject();
            j.addProperty("name", a.name());
            j.addProperty("size", a.size());
            j.addProperty("mediaType", a.mediaType());
            j.addProperty("href", href(s.id()) + "/artefacts/" + encodePath(a.name()));
            ar.add(j);
        }
        o.add("artefacts", ar);
        return o;
    }

    public static String href(String runId) {
        return BASE + "/runs/" + runId;
    }

    private static String encodePath(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("/")) {
            b.append(b.length() == 0 ? "" : "/").append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    private static String time(Optional<Instant> t) {
        return t.map(Instant::toString).orElse(null);
    }

    private static double clamp(double f) {
        return Double.isFinite(f) ? Math.max(0, Math.min(1, f)) : 0;
    }
}
