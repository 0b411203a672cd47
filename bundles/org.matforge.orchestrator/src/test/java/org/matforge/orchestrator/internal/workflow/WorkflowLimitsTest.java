package org.matforge.orchestrator.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.commons.io.FileRoots;

import org.matforge.spi.model.ModelMetadata;

/** Hostile and careless workflow documents (issue 15): sizes, depth, duplicate keys, encodings, ranges, confined paths. */
class WorkflowLimitsTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("matforge.root", "../.."), "examples", "workflows");

    @TempDir
    Path temp;

    private final WorkflowParser parser = new WorkflowParser(FixedCatalog.standard(), Duration.ZERO);

    private static String example() throws Exception {
        return Files.readString(EXAMPLES.resolve("wide-gap-gan.json"));
    }

    private static WorkflowProblem only(List<WorkflowProblem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void aDeeplyNestedDocumentIsRefusedAtItsDepthWithoutAStackOverflow() throws Exception {
        String deep = "{\"schema\": 1, \"name\": \"deep\", \"steps\": [{\"name\": \"data\", \"type\": \"load\", \"source\": \"builtin\", \"parameters\": {\"x\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}}]}";
        WorkflowProblem p = only(parser.validate(deep));
        assertTrue(p.path().startsWith("steps[0].parameters.x[0][0]"), p.path());
        assertTrue(p.message().startsWith("nested deeper than 64 objects and lists (line 1, column "), p.message());
        String shallowEnough = example().replace("\"targetMin\": 0}", "\"targetMin\": 0, \"deep\": " + "[".repeat(50) + "]".repeat(50) + "}");
        assertEquals(List.of(), parser.validate(shallowEnough));
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedBeforeParsing() throws Exception {
        WorkflowParser small = new WorkflowParser(FixedCatalog.standard(), Duration.ZERO, FileRoots::current, new JsonLimits(1_000, 64));
        WorkflowProblem p = only(small.validate(example()));
        assertEquals("(document)", p.path());
        assertTrue(p.message().matches("[\\d,]+ bytes is larger than the limit of 1,000 bytes for a workflow \\(system property matforge.workflow.maxBytes\\)"),
                p.message());
        assertEquals(List.of(), parser.validate(example()), "the examples are far below the default 1 MiB");
    }

    @Test
    void duplicateKeysAreRefusedWithTheirPath() throws Exception {
        String json = example().replace("\"count\": 20000", "\"count\": 20000, \"count\": 5");
        WorkflowProblem p = only(parser.validate(json));
        assertEquals("steps[5].count", p.path());
        assertTrue(p.message().startsWith("duplicate key 'count' (line "), p.message());
        String top = example().replace("\"seed\": 42", "\"seed\": 42, \"seed\": 43");
        assertEquals("seed", only(parser.validate(top)).path());
        assertEquals(List.of(), parser.validate(example().replace("\"count\": 20000", "\"count\": 20000, \"seed\": 7")),
                "the same key in different objects is fine");
    }

    @Test
    void aBinaryOrNonUtf8WorkflowFileNamesTheFirstBadByte() throws Exception {
        Path file = temp.resolve("w.json");
        byte[] text = "{\"schema\": 1,\n \"name\": \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 3);
        bytes[text.length] = (byte) 0xE9; // ISO-8859-1 é
        bytes[text.length + 1] = '"';
        bytes[text.length + 2] = '}';
        Files.write(file, bytes);
        WorkflowException e = assertThrows(WorkflowException.class, () -> Utf8Text.readWorkflow(file, JsonLimits.current()));
        WorkflowProblem p = only(e.problems());
        assertEquals("(document)", p.path());
        assertEquals("not UTF-8 text at byte " + (text.length + 1) + " (line 2) — a workflow is a JSON text file in UTF-8", p.message());

        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        assertTrue(only(assertThrows(WorkflowException.class, () -> Utf8Text.readWorkflow(file, JsonLimits.current())).problems())
                .message().startsWith("not UTF-8 text at byte 1 (line 1)"));
        Files.writeString(file, "{\"name\": \"ünïcödé\"}");
        assertEquals("{\"name\": \"ünïcödé\"}", Utf8Text.readWorkflow(file, JsonLimits.current()));
        Files.writeString(file, "x".repeat(2_000));
        assertTrue(only(assertThrows(WorkflowException.class, () -> Utf8Text.readWorkflow(file, new JsonLimits(1_000, 64))).problems())
                .message().startsWith("2,000 bytes is larger than the limit of 1,000 bytes"));
    }

    @Test
    void numbersOutOfTheirDeclaredRangeAreRefusedWithTheRange() throws Exception {
        List<WorkflowProblem> problems = parser.validate(example().replace("\"count\": 20000", "\"count\": 1e12").replace("\"holdout\": 0.2", "\"holdout\": 0.95"));
        assertEquals(List.of("steps[3].holdout", "steps[5].count"), problems.stream().map(WorkflowProblem::path).toList(), problems::toString);
        assertEquals("must be a share in [0, 0.9] of the rows kept out of training, got 0.95", problems.get(0).message());
        assertEquals("must be at most 1000000, got 1000000000000", problems.get(1).message());
        assertEquals("must be a whole number, got 1e40", only(parser.validate(example().replace("\"count\": 20000", "\"count\": 1e40"))).message());
    }

    @Test
    void aModelFileOutsideTheAllowedFoldersIsRefusedAtItsPath() throws Exception {
        Path inside = Files.createDirectories(temp.resolve("work"));
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        ModelMetadata metadata = new ModelMetadata(ModelMetadata.PREDICTOR, "mlp-ensemble", "m", "band_gap", "", List.of(), Map.of(), "", 1,
                Map.of(), Map.of(), org.matforge.spi.model.file.ModelFile.FORMAT_VERSION);
        for (Path folder : List.of(inside, outside)) {
            try (OutputStream out = Files.newOutputStream(folder.resolve("gap.mfm"))) {
                org.matforge.spi.model.file.ModelFile.of(metadata, Map.of("weights", new byte[] {1})).write(out);
            }
        }
        Files.createSymbolicLink(inside.resolve("link.mfm"), outside.resolve("gap.mfm"));
        WorkflowParser confined = new WorkflowParser(FixedCatalog.standard().with(PluginKind.MODEL_LOADER, "mlp-ensemble"), Duration.ZERO,
                () -> FileRoots.of(List.of(inside)), JsonLimits.current());
        String json = """
                {"schema": 1, "name": "reuse", "steps": [{"name": "gap-model", "type": "load-predictor", "file": "%s"}]}""";
        assertEquals(List.of(), confined.validate(json.formatted("gap.mfm"), inside));
        for (String path : List.of("../elsewhere/gap.mfm", outside.resolve("gap.mfm").toString(), "link.mfm")) {
            WorkflowProblem p = only(confined.validate(json.formatted(path), inside));
            assertEquals("steps[0].file", p.path());
            assertTrue(p.message().contains("is outside the folders MatForge may read"), p.message());
        }
        assertEquals(List.of(), confined.validate(json.formatted("gap.mfm"), outside),
                "a workflow file's own folder is allowed");
    }
}
