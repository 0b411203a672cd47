package org.matforge.server.ui.itest;

import java.util.HashSet;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The shipped wide-gap example cut to test size, as {@code clients/python/tests/test_live_server.py} cuts it: few
 * epochs and samples, no filtering screens or explanations, so a run ends in about a minute with candidates to rank and
 * report.
 */
final class SmallWorkflow {
    static final String EXAMPLE = "wide-gap-gan";

    private SmallWorkflow() {
    }

    static JsonObject of(JsonObject example) {
        JsonObject wf = example.deepCopy();
        wf.addProperty("name", "ui-test-" + wf.get("name").getAsString());
        JsonArray kept = new JsonArray();
        Set<String> names = new HashSet<>();
        for (JsonElement e : wf.getAsJsonArray("steps")) {
            JsonObject step = e.getAsJsonObject();
            String type = step.get("type").getAsString();
            if (type.equals("screen") || type.equals("explain")) {
                continue;
            }
            JsonObject parameters = step.has("parameters") ? step.getAsJsonObject("parameters") : new JsonObject();
            switch (type) {
                case "train-predictor" -> {
                    parameters.addProperty("members", 2);
                    parameters.addProperty("epochs", 3);
                    parameters.addProperty("layers", "16");
                }
                case "train-generator" -> parameters.addProperty("epochs", 2);
                case "sample" -> step.addProperty("count", 200);
                default -> { }
            }
            kept.add(step);
            names.add(step.get("name").getAsString());
        }
        for (JsonElement e : kept) {
            JsonObject step = e.getAsJsonObject();
            if (step.has("input") && !names.contains(step.get("input").getAsString())) {
                step.addProperty("input", step.get("type").getAsString().equals("predict") ? "sampled" : "predicted");
            }
        }
        wf.add("steps", kept);
        return wf;
    }
}
