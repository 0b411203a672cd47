package org.matforge.orchestrator.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.Test;
import org.matforge.api.workflow.WorkflowProblem;

/**
 * docs/workflow.schema.json and the step-field tables of docs/workflows.md are generated from the step specs and
 * cannot drift from them; the schema accepts every example workflow and refuses invalid ones at the same path as
 * the orchestrator's validation. The schema is checked with networknt's json-schema-validator, as an editor would.
 * <p>
 * After changing a spec, regenerate both files with
 * {@code mvn -o test -pl bundles/org.matforge.orchestrator -Dtest=WorkflowSchemaTest -Dmatforge.regenerate=true}.
 */
class WorkflowSchemaTest {
    private static final Path ROOT = Path.of(System.getProperty("matforge.root", "../.."));
    private static final Path SCHEMA_FILE = ROOT.resolve(WorkflowSchema.FILE);
    private static final Path DOCUMENT = ROOT.resolve("docs/workflows.md");
    private static final String BEGIN = "<!-- step fields: generated from StepSpecs by WorkflowSchemaTest (-Dmatforge.regenerate=true); do not edit -->";
    private static final String END = "<!-- end of step fields -->";
    private static final String HINT = " differs from the step specs; regenerate with mvn -o test -pl bundles/org.matforge.orchestrator"
            + " -Dtest=WorkflowSchemaTest -Dmatforge.regenerate=true and commit it";
    private static final boolean REGENERATE = Boolean.getBoolean("matforge.regenerate");

    private final WorkflowParser parser = new WorkflowParser(FixedCatalog.standard(), Duration.ZERO);

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(SCHEMA_FILE));
    }

    /** @return the document paths the schema refuses, in the orchestrator's notation ({@code steps[5].count}) */
    private static Set<String> schemaPaths(JsonSchema schema, String json) {
        Set<String> paths = new TreeSet<>();
        for (ValidationMessage m : schema.validate(json, InputFormat.JSON)) {
            String at = m.getInstanceLocation().toString();
            if (m.getProperty() != null && Set.of("required", "additionalProperties").contains(m.getType())) {
                at = at + "." + m.getProperty();
            }
            paths.add(at.equals("$") ? "(document)" : at.replaceFirst("^\\$\\.", ""));
        }
        return paths;
    }

    private static String example(String name) throws IOException {
        return Files.readString(ROOT.resolve("examples/workflows").resolve(name));
    }

    @Test
    void theCommittedSchemaIsTheOneTheSpecsGive() throws IOException {
        String generated = WorkflowSchema.json();
        if (REGENERATE) {
            Files.writeString(SCHEMA_FILE, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(SCHEMA_FILE), SCHEMA_FILE + " is missing" + HINT);
        assertEquals(generated, Files.readString(SCHEMA_FILE), SCHEMA_FILE + HINT);
    }

    @Test
    void theSchemaDocumentListsEveryFieldOfEverySpecWithTypeDefaultAndRange() throws IOException {
        String doc = Files.readString(DOCUMENT);
        String generated = WorkflowSchema.markdown();
        if (REGENERATE && doc.indexOf(END) > doc.indexOf(BEGIN) && doc.indexOf(BEGIN) >= 0) {
            doc = doc.substring(0, doc.indexOf(BEGIN) + BEGIN.length()) + "\n" + generated + "\n" + doc.substring(doc.indexOf(END));
            Files.writeString(DOCUMENT, doc, StandardCharsets.UTF_8);
        }
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, DOCUMENT + " has no section between " + BEGIN + " and " + END);
        String section = doc.substring(begin + BEGIN.length(), end).strip();
        assertEquals(generated.strip(), section, "the step fields in " + DOCUMENT + HINT);
        for (StepSpec spec : StepSpecs.all()) {
            String heading = "#### `" + spec.type().id() + "`";
            assertTrue(section.contains(heading), heading);
            String table = section.substring(section.indexOf(heading)).split("\n#### ", 2)[0];
            for (Field f : spec.fields()) {
                String row = table.lines().filter(l -> l.startsWith("| `" + f.name() + "` |")).findFirst().orElse("");
                assertFalse(row.isEmpty(), spec.type().id() + "." + f.name() + " is not documented");
                assertTrue(f.range() == null || row.contains(f.range().interval()), row);
                assertTrue(f.defaultValue() == null || row.contains("`" + f.defaultValue().toString().replaceAll("\\.0$", "")), row);
            }
        }
    }

    @Test
    void theSchemaAcceptsEveryExampleWorkflow() throws IOException {
        JsonSchema schema = schema();
        List<Path> workflows;
        // examples/workflows only: other .json files under examples/ are plug-in test data (e.g. recorded OPTIMADE responses)
        try (Stream<Path> files = Files.walk(ROOT.resolve("examples/workflows"))) {
            workflows = files.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("/target/")).sorted().toList();
        }
        assertTrue(workflows.size() >= 3, workflows::toString);
        for (Path file : workflows) {
            assertEquals(Set.of(), schemaPaths(schema, Files.readString(file)), file.toString());
        }
    }

    /** An invalid variant of the GAN example and the one path both the schema and the orchestrator refuse it at. */
    private record Invalid(String what, String from, String to, String path) {
    }

    @Test
    void invalidWorkflowsAreRefusedByTheSchemaAndTheOrchestratorAtTheSamePath() throws Exception {
        List<Invalid> table = List.of(
                new Invalid("unknown step type", "\"type\": \"rank\"", "\"type\": \"rnak\"", "steps[10].type"),
                new Invalid("missing required field", "\"generator\": \"generator\", \"count\": 20000", "\"generator\": \"generator\"", "steps[5].count"),
                new Invalid("missing top-level field", "\"name\": \"wide-gap-gan\",", "", "name"),
                new Invalid("wrong type: text for a number", "\"holdout\": 0.2", "\"holdout\": \"0.2\"", "steps[3].holdout"),
                new Invalid("wrong type: number for a text", "\"unit\": \"eV\"", "\"unit\": 3", "steps[3].unit"),
                new Invalid("wrong type: text for a list", "\"targets\": [\"band_gap\"]", "\"targets\": \"band_gap\"", "steps[1].targets"),
                new Invalid("wrong type: fraction for a whole number", "\"count\": 20000", "\"count\": 30.5", "steps[5].count"),
                new Invalid("number below its range", "\"count\": 20000", "\"count\": 0", "steps[5].count"),
                new Invalid("number above its range", "\"count\": 20000", "\"count\": 1e12", "steps[5].count"),
                new Invalid("share above its range", "\"holdout\": 0.2", "\"holdout\": 0.95", "steps[3].holdout"),
                new Invalid("exclusive lower bound", "\"outlierZ\": 3.5", "\"outlierZ\": 0", "steps[1].outlierZ"),
                new Invalid("unknown field in a step", "\"formulaColumn\"", "\"formulaColum\"", "steps[1].formulaColum"),
                new Invalid("unknown top-level field", "\"seed\": 42,", "\"seed\": 42, \"author\": \"me\",", "author"),
                new Invalid("unknown choice", "\"outliers\": \"keep\"", "\"outliers\": \"remove\"", "steps[1].outliers"),
                new Invalid("objective without direction", "\"band_gap:max\"", "\"band_gap:up\"", "steps[10].objectives[0]"),
                new Invalid("empty list", "\"predictors\": [\"gap-model\", \"eform-model\"]", "\"predictors\": []", "steps[8].predictors"),
                new Invalid("schema version", "\"schema\": 1", "\"schema\": 2", "schema"));
        JsonSchema schema = schema();
        String valid = example("wide-gap-gan.json");
        for (Invalid invalid : table) {
            String json = valid.replace(invalid.from(), invalid.to());
            assertNotEquals(valid, json, invalid.what());
            List<WorkflowProblem> problems = parser.validate(json);
            assertEquals(Set.of(invalid.path()), problems.stream().map(WorkflowProblem::path).collect(Collectors.toSet()),
                    invalid.what() + ": the orchestrator says " + problems);
            assertEquals(Set.of(invalid.path()), schemaPaths(schema, json), invalid.what() + ": the schema");
        }
    }
}
