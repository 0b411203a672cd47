package org.matforge.runtime.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.itest.support.ModelBundles;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.file.ModelFile;

/**
 * The product as a user runs it: the {@code ./matforge} script on the exported runtime jar, a fresh JVM and
 * framework per command, a MatForge home of its own. A workflow trains a small predictor; the saved model, shipped
 * in a model bundle dropped into {@code plugins/}, is listed by the very next one-shot command (which must wait for
 * the model to be read), and a second workflow loads the file directly.
 */
class MatforgeCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static final Path SCRIPT = ROOT.resolve("matforge");
    private static final Path JAR = ROOT.resolve("runtime/target/matforge.jar");

    @TempDir
    static Path home;

    @BeforeAll
    static void runtimeIsBuilt() {
        assertTrue(Files.isRegularFile(JAR), "the runtime module exports " + JAR + " before this module runs");
    }

    @Test
    void anUnknownCommandExitsWithTwoAndListsTheCommands() throws Exception {
        Result r = matforge("nosuchcommand");
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("no command 'nosuchcommand'") && r.err().contains("run"), r.toString());
    }

    @Test
    void modelInspectPrintsAModelFilesMetadataAndVerifiedEntriesAndRefusesOtherFiles() throws Exception {
        ModelMetadata metadata = new ModelMetadata(ModelMetadata.PREDICTOR, "acme-gbt", "vendor-gap", "band_gap", "eV", List.of("magpie"),
                Map.of(), "", 1, Map.of(), Map.of(), ModelFile.FORMAT_VERSION);
        Path file = Files.write(home.resolve("vendor.mfm"), ModelFile.of(metadata, Map.of("trees.bin", new byte[] {1, 2, 3})).toBytes());
        Result inspected = matforge("model", "inspect", home.relativize(file).toString());
        assertEquals(0, inspected.status(), inspected.toString());
        assertTrue(inspected.out().contains("trainer         acme-gbt"), inspected.toString());
        assertTrue(inspected.out().lines().anyMatch(l -> l.startsWith("  trees.bin  3 bytes  SHA-256 039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81")
                && l.endsWith("verified")), inspected.toString());

        Path table = Files.writeString(home.resolve("table.csv"), "formula,band_gap\nGaN,3.4\n");
        Result refused = matforge("model", "inspect", table.toString());
        assertEquals(1, refused.status(), refused.toString());
        assertTrue(refused.err().contains("model inspect: cannot read model file " + table + ": not a MatForge model file"), refused.toString());
        assertTrue(!refused.err().contains("\tat "), "no stack trace for the user: " + refused);
    }

    @Test
    void aTrainedModelIsReusedFromAModelBundleAndFromItsFile() throws Exception {
        Path workflow = home.resolve("train.json");
        Files.writeString(workflow, """
                {"schema": 1, "name": "train-small", "seed": 3, "steps": [
                  {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
                  {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"]},
                  {"name": "features", "type": "featurize", "input": "clean", "featurizers": ["magpie"]},
                  {"name": "e2e-gap", "type": "train-predictor", "input": "features", "trainer": "mlp-ensemble",
                   "target": "band_gap", "unit": "eV", "parameters": {"members": 2, "epochs": 3, "layers": "16"}},
                  {"name": "e2e-gen", "type": "train-generator", "input": "clean", "trainer": "gan", "parameters": {"epochs": 2}}
                ]}
                """);
        Result trained = matforge("run", workflow.toString());
        assertEquals(0, trained.status(), trained.toString());
        Path model = onlyRun("train-small").resolve("models/e2e-gap.mfm");
        assertTrue(Files.size(model) > 1000, model + " is written");

        Result before = matforge("plugins");
        assertEquals(0, before.status(), before.toString());
        assertTrue(before.out().contains("mlp-ensemble") && !before.out().contains("e2e-gap"), before.toString());

        try (InputStream bundle = ModelBundles.jar("org.example.e2e.models", "models/e2e-gap.mfm",
                Map.of("models/e2e-gap.mfm", Files.readAllBytes(model)))) {
            Files.copy(bundle, home.resolve("plugins/e2e-models.jar"));
        }
        Result after = matforge("plugins");
        assertEquals(0, after.status(), after.toString());
        assertTrue(after.out().lines().anyMatch(l -> l.contains("e2e-gap") && l.contains("org.example.e2e.models")),
                "the model from the dropped bundle is registered before the command runs: " + after);
        assertTrue(after.out().contains("model-loader"), after.toString());
        Files.delete(home.resolve("plugins/e2e-models.jar"));

        Path reuse = home.resolve("reuse.json");
        String reuseTemplate = """
                {"schema": 1, "name": "reuse-small", "seed": 5, "steps": [
                  {"name": "gap", "type": "load-predictor", "file": "%s"},
                  {"name": "gen", "type": "load-generator", "file": "%s"},
                  {"name": "sampled", "type": "sample", "generator": "gen", "count": 200},
                  {"name": "predicted", "type": "predict", "input": "sampled", "predictors": ["gap"]},
                  {"name": "report", "type": "report", "input": "predicted"}
                ]}
                """;
        String models = home.relativize(model.getParent()).toString().replace('\\', '/');
        Files.writeString(reuse, reuseTemplate.formatted(models + "/e2e-gap.mfm", models + "/e2e-gen.mfm"));
        Result reused = matforge("run", reuse.toString());
        assertEquals(0, reused.status(), reused.toString());
        List<String> candidates = Files.readAllLines(onlyRun("reuse-small").resolve("candidates.csv"));
        assertTrue(candidates.get(0).contains("band_gap") && candidates.size() > 1, "candidates: " + candidates.get(0));

        Files.writeString(reuse, reuseTemplate.formatted(models + "/e2e-gen.mfm", models + "/e2e-gap.mfm"));
        Result swapped = matforge("run", reuse.toString());
        assertEquals(1, swapped.status(), swapped.toString());
        assertTrue(swapped.err().contains("steps[0].file") && swapped.err().contains("not a predictor"), swapped.toString());
        assertTrue(!swapped.err().contains("\tat "), "no stack trace for the user: " + swapped);
    }

    /**
     * Issue 15 through the script: an output equal to the input is refused and the input kept; a workflow's data path
     * outside the allowed folders is refused and none of its content reaches the run's files; {@code --root} allows a
     * folder.
     */
    @Test
    void filesAreConfinedToTheAllowedFoldersAndInputsAreNeverOverwritten() throws Exception {
        Path in = Files.writeString(home.resolve("in.csv"), "formula\nGaN\nZnO\n");
        Result same = matforge("featurize", "--featurizers", "stoichiometry", "--input", "in.csv", "--output", "./in.csv");
        assertEquals(1, same.status(), same.toString());
        assertTrue(same.err().contains("is the input file"), same.toString());
        assertEquals("formula\nGaN\nZnO\n", Files.readString(in));

        Path outside = Files.createTempDirectory("matforge-outside");
        Path other = Files.createTempDirectory("matforge-other");
        try {
            Path secret = Files.writeString(outside.resolve("secret.csv"), "formula,band_gap,note\nGaN,3.4,TOPSECRET\nZnO,3.3,\n");
            Path workflow = Files.writeString(home.resolve("outside.json"), """
                    {"schema": 1, "name": "outside", "steps": [
                      {"name": "data", "type": "load", "source": "file", "parameters": {"path": "%s"}},
                      {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"]}
                    ]}
                    """.formatted(secret));
            Result refused = matforge("run", workflow.toString());
            assertEquals(1, refused.status(), refused.toString());
            assertTrue(refused.err().contains(secret + " is outside the folders MatForge may read"), refused.toString());
            assertTrue(!refused.out().contains("TOPSECRET") && !refused.err().contains("TOPSECRET"), refused.toString());
            try (Stream<Path> files = Files.walk(home.resolve("runs"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertTrue(!Files.readString(file).contains("TOPSECRET"), file + " holds content of the refused file");
                }
            }

            Result allowed = matforge("--root", outside.toString(), "--root=" + other, "data", "--source", "file", "--path",
                    secret.toString(), "--output", other.resolve("copy.csv").toString());
            assertEquals(0, allowed.status(), allowed.toString());
            String copy = Files.readString(other.resolve("copy.csv"));
            assertTrue(copy.startsWith("formula,band_gap,note\nGaN,3.4,TOPSECRET\nZnO,3.3,"), copy);
        } finally {
            for (Path folder : List.of(outside, other)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private Path onlyRun(String name) throws IOException {
        try (Stream<Path> runs = Files.list(home.resolve("runs"))) {
            List<Path> matching = runs.filter(p -> p.getFileName().toString().endsWith("-" + name)).toList();
            assertEquals(1, matching.size(), "runs: " + matching);
            return matching.get(0);
        }
    }

    private static Result matforge(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        pb.environment().put("MATFORGE_HOME", home.toString());
        pb.environment().put("MATFORGE_JAR", JAR.toString());
        pb.environment().put("OMP_NUM_THREADS", "1");
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("matforge " + String.join(" ", args) + " did not end within 5 minutes");
        }
        return new Result(String.join(" ", args), p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(String command, int status, String out, String err) {
        @Override
        public String toString() {
            return "matforge " + command + " → " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
