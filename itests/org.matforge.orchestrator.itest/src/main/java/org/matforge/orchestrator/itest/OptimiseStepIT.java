package org.matforge.orchestrator.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * The demo workflow examples/workflows/agnp-synthesis.json run with {@code mf:run} in Felix, with the optimizer bundle's
 * gp-ard plug-in found through the registry: a simulated campaign on the 164 published silver-nanoparticle syntheses
 * that finds a better score than the pool's median and than as many random experiments would (expected), with its
 * campaign files and page in the run folder. The workflow and its data are copied into this module's target folder
 * (inside the allowed folders) with their relative layout.
 */
class OptimiseStepIT {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin admin;

    @InjectService
    CommandProcessor processor;

    private Orchestration orchestration;

    @BeforeEach
    void start() throws Exception {
        orchestration = Orchestration.start(context, admin, 10);
    }

    @AfterEach
    void stop() throws Exception {
        orchestration.close();
    }

    @Test
    void theAgnpDemoCampaignFindsABetterScoreThanThePoolMedianAndRandomExperiments() throws Exception {
        Path copy = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "itest-optimise-");
        // The workflow reads the published data from ../shared beside the checkout: the copy keeps that layout.
        Files.createDirectories(copy.resolve("main/examples/workflows"));
        Files.createDirectories(copy.resolve("shared/data/synthesis"));
        Files.copy(ROOT.resolve("examples/workflows/agnp-synthesis.json"), copy.resolve("main/examples/workflows/agnp-synthesis.json"));
        for (String f : List.of("agnp.json", "agnp.csv")) {
            Files.copy(ROOT.resolve("../shared/data/synthesis").resolve(f), copy.resolve("shared/data/synthesis").resolve(f));
        }
        String printed = execute("mf:run " + copy.resolve("main/examples/workflows/agnp-synthesis.json"));
        Matcher id = Pattern.compile("run (\\S+) succeeded").matcher(printed);
        assertTrue(id.find(), printed);
        Path folder = orchestration.runs.resolve(id.group(1)).resolve("campaigns/agnp");
        assertTrue(printed.contains("report: " + folder.getParent().getParent().resolve("report.html")), printed);

        List<String> lines = Files.readAllLines(copy.resolve("shared/data/synthesis/agnp.csv"));
        double[] scores = lines.subList(1, lines.size()).stream().mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1))).sorted().toArray();
        double median = (scores[scores.length / 2 - 1] + scores[scores.length / 2]) / 2;
        JsonObject campaign = JsonParser.parseString(Files.readString(folder.resolve("campaign.json"))).getAsJsonObject();
        assertEquals(30, campaign.getAsJsonArray("experiments").size());
        double best = Double.NEGATIVE_INFINITY;
        for (JsonElement e : campaign.getAsJsonArray("experiments")) {
            double measured = e.getAsJsonObject().get("measured").getAsDouble();
            assertTrue(Arrays.stream(scores).anyMatch(s -> s == measured), "a published score: " + measured);
            best = Math.max(best, measured);
        }
        assertTrue(best > median, best + " > median " + median);
        List<String> curve = Files.readAllLines(folder.resolve("best-so-far.csv"));
        String[] last = curve.get(curve.size() - 1).split(",");
        assertTrue(best > Double.parseDouble(last[last.length - 1]), best + " > expected best of 30 random experiments " + last[last.length - 1]);
        assertEquals(4, campaign.getAsJsonArray("nextBatch").size());
        assertEquals(5, campaign.getAsJsonObject("lengthScales").size(), "the gp-ard plug-in's length scales reach the step through the registry");
        assertTrue(campaign.get("optimizer").getAsString().contains("org.matforge.optimizer"), campaign.get("optimizer").getAsString());
        assertTrue(Files.readString(folder.resolve("report.html")).contains("Which parameters matter"));
        assertTrue(Files.readString(folder.getParent().getParent().resolve("report.html")).contains("Design optimisation: agnp"), "the run's report shows the campaign");
    }

    private String execute(String line) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true), new PrintStream(err, true))) {
            session.execute(line);
        } catch (Exception e) {
            throw new AssertionError(line + " failed: " + e.getMessage() + "\n" + err.toString(StandardCharsets.UTF_8), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
