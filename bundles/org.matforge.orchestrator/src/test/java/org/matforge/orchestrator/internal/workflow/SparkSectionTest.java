package org.matforge.orchestrator.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.commons.io.FileRoots;

/** The {@code spark} section of a workflow: its members, and the chain of steps the Spark job can run. */
class SparkSectionTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("matforge.root", "../.."), "examples", "workflows", "wide-gap-spark.json");
    private static final String EFORM = "bundles/org.matforge.models.eform/models/formation-energy.mfm";

    @TempDir
    Path root;

    private Path workflows;
    private Path jar;
    private String example;
    private WorkflowParser parser;

    @BeforeEach
    void checkout() throws Exception {
        workflows = Files.createDirectories(root.resolve("examples/workflows"));
        jar = Files.createDirectories(root.resolve("spark/target")).resolve("matforge-spark.jar");
        Files.write(jar, new byte[] {'P', 'K'});
        Path eform = Files.createDirectories(root.resolve(EFORM).getParent()).resolve("formation-energy.mfm");
        Files.copy(Path.of(System.getProperty("matforge.root", "../.."), EFORM), eform);
        example = Files.readString(EXAMPLE);
        parser = new WorkflowParser(FixedCatalog.standard().with(PluginKind.MODEL_LOADER, "mlp-ensemble"), Duration.ZERO,
                () -> FileRoots.of(List.of(root)), JsonLimits.current());
    }

    private List<WorkflowProblem> problems(String json) throws Exception {
        return parser.validate(json, workflows);
    }

    private static List<String> paths(List<WorkflowProblem> problems) {
        return problems.stream().map(WorkflowProblem::path).toList();
    }

    @Test
    void theExampleHandsSampleScreensAndPredictionsToOneSparkJob() throws Exception {
        Workflow w = parser.parse(example, workflows);
        SparkSection spark = w.spark().orElseThrow();
        assertEquals(List.of("sampled", "plausible", "predicted", "wide-gap"), spark.steps());
        assertEquals("local[2]", spark.master());
        assertEquals(jar.toRealPath(), spark.jar());
        assertEquals("3g", spark.driverMemory().orElseThrow());
        assertTrue(w.onSpark(w.step("predicted").orElseThrow()));
        assertFalse(w.onSpark(w.step("ranked").orElseThrow()));
        Map<String, Step> byName = new LinkedHashMap<>();
        w.steps().forEach(s -> byName.put(s.name(), s));
        SparkChain chain = SparkChain.of(spark, byName, (path, message) -> { }).orElseThrow();
        assertEquals("generator", chain.generator().name());
        assertEquals("band_gap:3:4.5", SparkChain.condition(chain.sample().object("condition")));
        assertEquals("icsd24-common", chain.validity().orElseThrow());
        assertEquals(2, chain.minElements());
        assertTrue(chain.novelty().isPresent());
        assertEquals(List.of("gap-model", "eform-model"), chain.predictors().stream().map(Step::name).toList());
        assertEquals(List.of("band_gap:3.0:::"), chain.windows().stream().map(SparkChain::window).toList());
        assertEquals(1, chain.stability().orElseThrow().get("k").getAsInt());
        assertFalse(chain.keepUnknown());
    }

    @Test
    void stabilityComesAfterThePredictionsWhileUniquenessMayStandAnywhere() throws Exception {
        String early = example.replace("\"novelty\",\n      \"uniqueness\"\n", "\"uniqueness\",\n      \"novelty\", \"stability\"\n");
        List<WorkflowProblem> problems = problems(early);
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("spark.steps[2]") && p.message().contains("predicts before its stability")),
                problems::toString);
        assertTrue(problems.stream().noneMatch(p -> p.message().contains("uniqueness")), problems::toString);
    }

    @Test
    void aWorkflowWithoutTheSectionRunsEveryStepInProcess() throws Exception {
        Workflow w = parser.parse(Files.readString(EXAMPLE.resolveSibling("wide-gap-gan.json")));
        assertTrue(w.spark().isEmpty());
        assertFalse(w.onSpark(w.step("sampled").orElseThrow()));
    }

    @Test
    void membersOfTheSectionAreCheckedAtTheirPaths() throws Exception {
        String json = example.replace("\"master\": \"local[2]\"", "\"mastr\": \"local[2]\", \"executorMemory\": \"lots\", \"executorCores\": 0,"
                + " \"conf\": {\"spark.sql.shuffle.partitions\": 4, \"sql.adaptive\": true}");
        List<WorkflowProblem> problems = problems(json);
        assertEquals(List.of("spark.mastr", "spark.executorMemory", "spark.executorCores", "spark.conf.sql.adaptive"), paths(problems), problems::toString);
        assertEquals("unknown field for the spark section — did you mean 'master'?", problems.get(0).message().replaceAll(" Known:.*", ""));
        assertTrue(problems.get(1).message().contains("\"2g\""), problems.get(1)::message);
    }

    @Test
    void aMissingJobJarSaysHowToBuildIt() throws Exception {
        Files.delete(jar);
        WorkflowProblem p = problems(example).get(0);
        assertEquals("spark.jar", p.path());
        assertTrue(p.message().contains("mvn -B install -pl spark -am -DskipTests"), p::message);
    }

    @Test
    void theChainStartsWithASampleStepAndEachStepReadsTheOneBefore() throws Exception {
        String notSample = example.replace("\"steps\": [\"sampled\", \"plausible\",", "\"steps\": [\"plausible\",");
        WorkflowProblem p = problems(notSample).get(0);
        assertEquals("spark.steps[0]", p.path());
        assertEquals("'plausible' is a screen step; the Spark job starts with a sample step", p.message());

        String gap = example.replace("\"plausible\", \"predicted\", \"wide-gap\"]", "\"plausible\", \"wide-gap\"]");
        p = problems(gap).get(0);
        assertEquals("spark.steps[2]", p.path());
        assertTrue(p.message().startsWith("'wide-gap' does not read 'plausible'"), p::message);
    }

    @Test
    void screensTheJobDoesNotHaveOrOrderItCannotKeepAreNamedAtTheScreen() throws Exception {
        String pareto = example.replace("      \"uniqueness\"\n", "      \"uniqueness\",\n      \"pareto\"\n");
        WorkflowProblem p = problems(pareto).get(0);
        assertEquals("steps[6].screens[4]", p.path());
        assertTrue(p.message().startsWith("screen 'pareto' is not in the Spark job"), p::message);

        String late = example.replace("\"uniqueness\"\n    ]},", "\"uniqueness\", {\"id\": \"element-count\", \"parameters\": {\"min\": 3}}\n    ]},");
        p = problems(late).get(0);
        assertEquals("steps[6].screens[4]", p.path());
        assertTrue(p.message().contains("'element-count' comes too late here"), p::message);
    }
}
