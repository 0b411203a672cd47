package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * Nothing a screen decides is lost: the test workflow with a screen step of two {@code property-window} screens on the
 * predicted band gap (≥ 0.5 eV, then ≤ 3 eV) keeps both results in candidates.csv, and every sample the screens left
 * out is in rejected.csv with its step, screen and reason.
 */
class ScreenResultsIT {
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin admin;

    private Orchestration orchestration;

    @BeforeEach
    void start() throws Exception {
        orchestration = Orchestration.start(context, admin, 1);
    }

    @AfterEach
    void stop() throws Exception {
        orchestration.close();
    }

    /** Trips: two property-window screens in one step kept only the second one's columns; rejected samples were discarded. */
    @Test
    void twoPropertyWindowScreensInOneStepKeepBothResultsAndEveryRejectedSampleIsListedWithItsReason() throws Exception {
        JsonObject wf = JsonParser.parseString(Orchestration.workflow("itest-windows", ", \"element-count\"")).getAsJsonObject();
        JsonArray steps = new JsonArray();
        for (JsonElement e : wf.getAsJsonArray("steps")) {
            JsonObject step = e.getAsJsonObject();
            if (step.get("name").getAsString().equals("ranked")) {
                steps.add(JsonParser.parseString("""
                        {"name": "windows", "type": "screen", "input": "predicted", "screens": [
                          {"id": "property-window", "parameters": {"target": "band_gap", "min": 0.5}},
                          {"id": "property-window", "parameters": {"target": "band_gap", "max": 3.0}}]}
                        """));
                step.addProperty("input", "windows");
            }
            steps.add(step);
        }
        wf.add("steps", steps);
        String id = orchestration.service().submit(wf.toString());
        RunSummary end = orchestration.service().await(id, LIMIT);
        assertEquals(RunStatus.SUCCEEDED, end.status(), end.message());
        Path dir = end.directory();

        List<Map<String, String>> candidates = RunFiles.table(dir.resolve("candidates.csv"));
        List<String> header = List.copyOf(candidates.get(0).keySet());
        for (String key : List.of("windows.1.property-window", "windows.2.property-window")) {
            assertTrue(header.containsAll(List.of(key, key + "_score", key + "_reason")), header.toString());
        }
        assertTrue(header.containsAll(List.of("smact-validity", "smact-validity_reason", "element-count")), "screens used once keep their id: " + header);
        assertTrue(candidates.size() > 5, candidates.size() + " candidates");
        for (Map<String, String> c : candidates) {
            double gap = Double.parseDouble(c.get("band_gap"));
            assertTrue(gap >= 0.5 && gap <= 3.0, c.toString());
            assertEquals("PASS", c.get("windows.1.property-window"));
            assertEquals("PASS", c.get("windows.2.property-window"));
            assertTrue(c.get("windows.1.property-window_reason").contains("[0.5,") && c.get("windows.2.property-window_reason").contains("3.0]"),
                    c.get("windows.1.property-window_reason") + " / " + c.get("windows.2.property-window_reason"));
        }

        List<Map<String, String>> rejected = RunFiles.table(dir.resolve("rejected.csv"));
        Map<String, Integer> byScreen = new TreeMap<>();
        for (Map<String, String> r : rejected) {
            byScreen.merge(r.get("step") + " " + r.get("screen_position") + " " + r.get("screen") + " " + r.get("screen_type"), 1, Integer::sum);
            assertTrue(!r.get("reason").isBlank() && List.of("FAIL", "UNKNOWN").contains(r.get("verdict")), r.toString());
        }
        JsonObject run = JsonParser.parseString(Files.readString(dir.resolve("run.json"))).getAsJsonObject();
        List<String> funnel = new ArrayList<>();
        int sampled = 0;
        Map<String, Integer> recorded = new TreeMap<>();
        for (JsonElement e : run.getAsJsonArray("steps")) {
            JsonObject step = e.getAsJsonObject();
            JsonObject record = step.has("record") ? step.getAsJsonObject("record") : step;
            if (record.has("sampled")) {
                sampled = record.get("sampled").getAsInt();
            }
            if (record.has("screens")) {
                for (JsonElement s : record.getAsJsonArray("screens")) {
                    JsonObject o = s.getAsJsonObject();
                    recorded.put(step.get("name").getAsString() + " " + o.get("position").getAsInt() + " " + o.get("key").getAsString() + " "
                            + o.get("screen").getAsString(), o.get("rejected").getAsInt());
                    funnel.add(o.get("key").getAsString());
                }
            }
        }
        recorded.values().removeIf(n -> n == 0);
        assertEquals(recorded, byScreen, "rejected.csv holds what run.json counts, per screen");
        assertTrue(byScreen.keySet().containsAll(List.of("windows 1 windows.1.property-window property-window",
                "windows 2 windows.2.property-window property-window", "valid 1 smact-validity smact-validity")), byScreen.toString());
        assertEquals(sampled, candidates.size() + rejected.size(), "every sample is a candidate or rejected");
        assertEquals(List.of("smact-validity", "element-count", "windows.1.property-window", "windows.2.property-window"), funnel);
        assertEquals(candidates, RunFiles.table(dir.resolve("candidates.parquet")), "candidates.parquet holds what candidates.csv holds");
        assertEquals(rejected, RunFiles.table(dir.resolve("rejected.parquet")), "rejected.parquet holds what rejected.csv holds");
    }
}
