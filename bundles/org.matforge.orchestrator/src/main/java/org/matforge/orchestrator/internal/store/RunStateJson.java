package org.matforge.orchestrator.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.matforge.api.workflow.RunStatus;

/** {@code status.json}: a {@link RunState} as JSON, with times in ISO-8601. */
final class RunStateJson {
    private RunStateJson() {
    }

    static String write(RunState s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", s.id());
        o.addProperty("workflow", s.workflow());
        o.addProperty("status", s.status().name());
        o.addProperty("step", s.step());
        o.addProperty("fraction", s.fraction());
        o.addProperty("message", s.message());
        o.addProperty("submitted", time(s.submitted()));
        o.addProperty("started", time(s.started()));
        o.addProperty("ended", time(s.ended()));
        o.addProperty("pid", s.owner().pid());
        o.addProperty("processStarted", time(s.owner().started()));
        JsonArray steps = new JsonArray();
        for (StepState step : s.steps()) {
            JsonObject j = new JsonObject();
            j.addProperty("name", step.name());
            j.addProperty("type", step.type());
            j.addProperty("status", step.status().name());
            j.addProperty("started", time(step.started()));
            j.addProperty("ended", time(step.ended()));
            j.addProperty("message", step.message());
            steps.add(j);
        }
        o.add("steps", steps);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(o) + "\n";
    }

    /** @throws RuntimeException (JSON or format errors) when the file is not a status */
    static RunState read(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        List<StepState> steps = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("steps")) {
            JsonObject j = e.getAsJsonObject();
            steps.add(new StepState(text(j, "name"), text(j, "type"), RunStatus.valueOf(text(j, "status")),
                    instant(j, "started"), instant(j, "ended"), text(j, "message")));
        }
        return new RunState(text(o, "id"), text(o, "workflow"), RunStatus.valueOf(text(o, "status")), text(o, "step"),
                o.get("fraction").getAsDouble(), text(o, "message"), instant(o, "submitted"), instant(o, "started"),
                instant(o, "ended"), new ProcessIdentity(o.get("pid").getAsLong(), instant(o, "processStarted")), steps);
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static Instant instant(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : Instant.parse(e.getAsString());
    }
}
