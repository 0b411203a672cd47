package org.matforge.example.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The SDK examples as a user installs them: the three example bundles copied into a runtime's {@code plugins/}, then
 * {@code ./matforge} (the exported runtime, one process per command). The OPTIMADE workflow runs offline against
 * {@link OptimadeReplay}; its provider URL is the only thing changed in the workflow.
 */
class ExampleWorkflowsTest {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    static final List<String> BUNDLES = List.of("org.matforge.example.optimade", "org.matforge.example.featurizer",
            "org.matforge.example.models");

    @TempDir
    static Path home;

    @BeforeAll
    static void installTheExamples() throws IOException {
        assertTrue(Files.isRegularFile(ROOT.resolve("runtime/target/matforge.jar")), "build the runtime first");
        Files.createDirectories(home.resolve("plugins"));
        for (String bundle : BUNDLES) {
            Files.copy(ROOT.resolve("examples/" + bundle + "/target/" + bundle + "-0.1.0-SNAPSHOT.jar"),
                    home.resolve("plugins/" + bundle + ".jar"));
        }
    }

    record Result(int status, String out) {
    }

    static Result matforge(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("matforge").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("output.txt").toFile());
        pb.environment().put("MATFORGE_HOME", home.toString());
        pb.environment().put("MATFORGE_JAR", ROOT.resolve("runtime/target/matforge.jar").toString());
        pb.environment().put("OMP_NUM_THREADS", "1");
        Process p = pb.start();
        if (!p.waitFor(8, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("matforge " + String.join(" ", args) + " did not end within 8 minutes");
        }
        return new Result(p.exitValue(), Files.readString(home.resolve("output.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void pluginsListsTheExamplesAndTheShippedModelsCards() throws Exception {
        Result r = matforge("plugins");
        assertEquals(0, r.status(), r.out());
        for (String expected : List.of("optimade", "band-center", "example-band-gap", "example-composition-vae",
                "example-band-gap model card: Predicts the band gap", "    licence  CC-BY-4.0", "org.matforge.example.models")) {
            assertTrue(r.out().contains(expected), "'" + expected + "' missing in:\n" + r.out());
        }
        assertTrue(!r.out().contains("problems ("), r.out());
    }

    @Test
    void modelInspectShowsTheBundledModelsCard() throws Exception {
        Path file = ROOT.resolve("examples/org.matforge.example.models/src/main/resources/models/example-band-gap.mfm");
        Result r = matforge("--root", file.getParent().toString(), "model", "inspect", file.toString());
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("model card:") && r.out().contains("  licence         CC-BY-4.0")
                && r.out().contains("every size and SHA-256 checksum verified"), r.out());
    }

    @Test
    void theOptimadeWorkflowRunsWithAllThreeExamplesAgainstTheReplayServer() throws Exception {
        try (OptimadeReplay provider = new OptimadeReplay()) {
            String workflow = Files.readString(ROOT.resolve("examples/workflows/optimade-screen.json"), StandardCharsets.UTF_8);
            assertTrue(workflow.contains(OptimadeReplay.RECORDED_ORIGIN + "/optimade-sample/optimade"), "the workflow names the recorded provider");
            Path copy = Files.writeString(home.resolve("optimade-screen.json"), workflow.replace(OptimadeReplay.RECORDED_ORIGIN, provider.origin()));

            Result r = matforge("run", copy.toString());
            System.out.println(r.out()); // the run's progress and summary, for the build log
            assertEquals(0, r.status(), r.out());

            List<URI> requests = provider.requests();
            assertEquals(3, requests.size(), "three recorded pages, the last one empty: " + requests);
            String first = URLDecoder.decode(requests.get(0).getRawQuery(), StandardCharsets.UTF_8);
            assertTrue(first.contains("filter=elements HAS ALL \"Si\",\"O\"") && first.contains("page_limit=50"), first);

            Path run;
            try (Stream<Path> runs = Files.list(home.resolve("runs"))) {
                run = runs.filter(p -> p.getFileName().toString().endsWith("-optimade-screen")).findFirst().orElseThrow();
            }
            JsonObject provenance = JsonParser.parseString(Files.readString(run.resolve("run.json"))).getAsJsonObject();
            assertEquals("SUCCEEDED", provenance.get("status").getAsString(), provenance.toString());
            provenance.getAsJsonArray("steps").forEach(s -> System.out.println(s.getAsJsonObject().get("name").getAsString() + ": "
                    + s.getAsJsonObject().get("message").getAsString()));
            assertEquals("table of 17 rows", step(provenance, "known").get("message").getAsString());
            assertEquals("4,601 × 133 feature matrix", step(provenance, "features").get("message").getAsString(),
                    "132 Magpie features and the lab's band center");
            assertEquals("500 candidates", step(provenance, "sampled").get("message").getAsString());
            String ranked = step(provenance, "ranked").get("message").getAsString();
            assertTrue(ranked.matches("[1-9]\\d* candidates"), "candidates left to rank: " + ranked);
            assertTrue(bundles(provenance, "known").contains("org.matforge.example.optimade"), provenance.toString());
            assertTrue(bundles(provenance, "features").contains("org.matforge.example.featurizer"), provenance.toString());
            assertTrue(bundles(provenance, "vendor-gap").contains("org.matforge.example.models"), provenance.toString());
            assertTrue(bundles(provenance, "vendor-vae").contains("org.matforge.example.models"), provenance.toString());
            assertTrue(Files.size(run.resolve("candidates.csv")) > 0);
            assertTrue(Files.readString(run.resolve("candidates.csv")).startsWith("rank,") || Files.readString(run.resolve("candidates.csv")).contains("formula"));
        }
    }

    private static JsonObject step(JsonObject provenance, String name) {
        for (JsonElement s : provenance.getAsJsonArray("steps")) {
            if (s.getAsJsonObject().get("name").getAsString().equals(name)) {
                return s.getAsJsonObject();
            }
        }
        throw new AssertionError("no step " + name + " in " + provenance);
    }

    private static List<String> bundles(JsonObject provenance, String name) {
        List<String> bundles = new ArrayList<>();
        JsonElement plugins = step(provenance, name).get("plugins");
        if (plugins != null) {
            plugins.getAsJsonArray().forEach(p -> bundles.add(p.getAsJsonObject().get("bundle").getAsString()));
        }
        return bundles;
    }
}
