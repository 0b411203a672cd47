package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
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
 * An explain step runs in Felix with the real {@code org.matforge.explain} bundle's Explainer (Shapley sampling for
 * the k-NN test predictor, permutation importance on its held-out rows), and the clean step's data-quality check
 * runs on the real expt_gap rows: both reach run.json, their CSVs and the report.
 */
class ExplainStepIT {
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin admin;

    private Orchestration orchestration;

    @BeforeEach
    void start() throws Exception {
        orchestration = Orchestration.start(context, admin, 2);
    }

    @AfterEach
    void stop() throws Exception {
        orchestration.close();
    }

    @Test
    void explainStepWritesExplanationsAndTheReportShowsThemWithDataQuality() throws Exception {
        String json = Orchestration.workflow("itest-explain", "")
                .replace("\"rows\": 1500", "\"rows\": 300")
                .replace("\"targets\": [\"band_gap\"]}", "\"targets\": [\"band_gap\"], \"conflictTolerance\": 0.1, \"outliers\": \"flag\"}")
                .replace("{\"name\": \"report\"", "{\"name\": \"explained\", \"type\": \"explain\", \"input\": \"ranked\", \"predictor\": \"gap-model\","
                        + " \"top\": 5, \"candidates\": 2, \"importance\": true, \"repeats\": 2},\n  {\"name\": \"report\"");
        RunSummary end = orchestration.service().await(orchestration.service().submit(json), LIMIT);
        assertEquals(RunStatus.SUCCEEDED, end.status(), end.message());
        Path dir = end.directory();

        List<String> csv = Files.readAllLines(dir.resolve("explanations.csv"));
        assertEquals("kind,target,position,formula,method,prediction,baseline_prediction,rank,feature,feature_value,contribution,ci95,members", csv.get(0));
        assertEquals(2 * 5, csv.stream().filter(l -> l.startsWith("attribution,band_gap,")).count(), "top 5 attributions of 2 candidates");
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("attribution,band_gap,1,") && l.contains(",shapley-sampling,")), "k-NN is not differentiable");
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("group-importance,band_gap,,,permutation (mae; 2 repeats),")), "group importance rows");

        JsonObject run = JsonParser.parseString(Files.readString(dir.resolve("run.json"))).getAsJsonObject();
        JsonArray steps = run.getAsJsonArray("steps");
        JsonObject explained = steps.get(9).getAsJsonObject();
        JsonObject explainer = explained.getAsJsonArray("plugins").get(0).getAsJsonObject();
        assertEquals("org.matforge.explain", explainer.get("bundle").getAsString(), "the Explainer service came from the registry");
        JsonObject explanations = explained.getAsJsonObject("explanations");
        assertEquals(240, explanations.get("backgroundRows").getAsInt(), "the predictor's training rows form the baseline");
        for (var c : explanations.getAsJsonArray("candidates")) {
            JsonObject o = c.getAsJsonObject();
            double sum = o.getAsJsonObject("top").entrySet().stream().mapToDouble(e -> e.getValue().getAsDouble()).sum();
            assertTrue(Double.isFinite(sum) && o.get("completenessGap").getAsDouble() < 1e-6,
                    "Shapley sampling adds up to prediction − baseline: " + o);
        }

        JsonObject quality = steps.get(1).getAsJsonObject().getAsJsonObject("dataQuality");
        assertEquals(300, quality.get("rows").getAsInt());
        assertEquals("flag", quality.get("outliers").getAsString());
        int listed = quality.getAsJsonArray("entries").size();
        assertEquals(listed + 1, Files.readAllLines(dir.resolve("data-quality.csv")).size(), "every listed row is in data-quality.csv");

        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<h2 id=\"explanations\">Explanations</h2>"), "Explanations section");
        assertTrue(html.contains("<h2 id=\"data-quality\">Data quality</h2>"), "Data quality section");
        assertEquals(2, Pattern.compile("aria-label=\"#[12] ").matcher(html).results().count(), "one attribution chart per explained candidate");
        assertEquals(2 * 5, Pattern.compile("<rect class=\"bar (positive|negative)\"").matcher(html).results().count()
                - Pattern.compile("<path class=\"whisker\"").matcher(html).results().count()
                - countGroupBarsWithoutWhisker(html), "five bars per candidate chart");
        assertTrue(html.contains("Feature groups by permutation importance: gap-model"), "group importance chart");
    }

    /** Group bars whose interval is zero draw no whisker; count them so that the bar arithmetic above stays exact. */
    private static long countGroupBarsWithoutWhisker(String html) {
        int start = html.indexOf("aria-label=\"Feature groups");
        if (start < 0) {
            return 0;
        }
        String chart = html.substring(start, html.indexOf("</svg>", start));
        return Pattern.compile("<rect class=\"bar ").matcher(chart).results().count() - Pattern.compile("<path class=\"whisker\"").matcher(chart).results().count();
    }
}
