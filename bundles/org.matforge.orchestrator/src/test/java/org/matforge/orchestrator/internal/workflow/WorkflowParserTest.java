package org.matforge.orchestrator.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;

class WorkflowParserTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("matforge.root", "../.."), "examples", "workflows");

    private final WorkflowParser parser = new WorkflowParser(FixedCatalog.standard(), Duration.ZERO);

    private static String example(String name) throws Exception {
        return Files.readString(EXAMPLES.resolve(name));
    }

    private List<WorkflowProblem> problems(String json) throws Exception {
        return parser.validate(json);
    }

    private static WorkflowProblem only(List<WorkflowProblem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void exampleWorkflowsAreValidAndWireTheirArtefactsByName() throws Exception {
        for (String name : List.of("wide-gap-gan.json", "wide-gap-cvae.json")) {
            Workflow w = parser.parse(example(name));
            assertEquals(name.equals("wide-gap-gan.json") ? 13 : 12, w.steps().size(), name);
            Step predict = w.step("predicted").orElseThrow();
            assertEquals("plausible", predict.input("input"));
            assertEquals("gap-model", predict.input("predictors[0]"));
            Step screens = w.step("plausible").orElseThrow();
            assertEquals(List.of("smact-validity", "element-count", "novelty", "uniqueness"), screens.plugins("screens").stream().map(PluginRef::id).toList());
            assertEquals("steps[2].featurizers[0]", w.step("features").orElseThrow().plugin("featurizers").path());
            Step explained = w.step("explained").orElseThrow();
            assertEquals(StepType.EXPLAIN, explained.type());
            assertEquals("ranked", explained.input("input"));
            assertEquals("gap-model", explained.input("predictor"));
            assertEquals("explained", w.steps().get(w.steps().size() - 2).name(), "explained just before the report");
        }
    }

    @Test
    void misspelledPluginIsReportedAtItsPathWithASuggestionAndTheKnownIds() throws Exception {
        String json = example("wide-gap-gan.json").replace("\"featurizers\": [\"magpie\",", "\"featurizers\": [\"magpei\",");
        WorkflowProblem p = only(problems(json));
        assertEquals("steps[2].featurizers[0]", p.path());
        assertEquals("no featurizer 'magpei' — did you mean 'magpie'? Known: ion-property, magpie, stoichiometry, valence-orbital", p.message());
    }

    @Test
    void everyProblemIsListedInDocumentOrder() throws Exception {
        String json = example("wide-gap-gan.json")
                .replace("\"schema\": 1", "\"schema\": 2")
                .replace("\"trainer\": \"gan\"", "\"trainer\": \"gann\"")
                .replace("\"input\": \"plausible\"", "\"input\": \"plausibel\"")
                .replace("\"count\": 20000", "\"count\": 0")
                .replace("\"band_gap:max\"", "\"band_gap:up\"");
        WorkflowException e = assertThrows(WorkflowException.class, () -> parser.parse(json));
        List<String> paths = e.problems().stream().map(WorkflowProblem::path).toList();
        assertEquals(List.of("schema", "steps[5].count", "steps[8].input", "steps[10].objectives[0]", "steps[4].trainer").size(), paths.size(), paths::toString);
        assertEquals(List.of("schema", "steps[4].trainer", "steps[5].count", "steps[8].input", "steps[10].objectives[0]"), paths);
        assertTrue(e.getMessage().contains("steps[8].input: no earlier step named 'plausibel' — did you mean 'plausible'?"), e.getMessage());
        assertTrue(e.getMessage().contains("schema: version 2 is not supported"), e.getMessage());
    }

    @Test
    void referencesMustNameEarlierStepsOfTheRightArtefactType() throws Exception {
        String later = example("wide-gap-gan.json").replace("\"input\": \"data\"", "\"input\": \"features\"");
        WorkflowProblem p = only(problems(later));
        assertEquals("steps[1].input", p.path());
        assertTrue(p.message().startsWith("'features' is steps[2], which does not come before this step"), p.message());

        String wrongType = example("wide-gap-gan.json").replace("\"input\": \"features\", \"trainer\"", "\"input\": \"clean\", \"trainer\"");
        p = only(problems(wrongType));
        assertEquals("steps[3].input", p.path());
        assertEquals("'clean' (steps[1], clean) gives a table, not a feature matrix", p.message());
    }

    @Test
    void unknownFieldsAndStepTypesGetSuggestions() throws Exception {
        String json = example("wide-gap-gan.json").replace("\"formulaColumn\"", "\"formulaColum\"").replace("\"type\": \"rank\"", "\"type\": \"rnak\"");
        List<WorkflowProblem> ps = problems(json);
        assertEquals(2, ps.size(), ps::toString);
        assertEquals("steps[1].formulaColum", ps.get(0).path());
        assertTrue(ps.get(0).message().contains("did you mean 'formulaColumn'?"), ps.get(0).message());
        assertEquals("steps[10].type", ps.get(1).path());
        assertTrue(ps.get(1).message().startsWith("no step type 'rnak' — did you mean 'rank'?"), ps.get(1).message());
    }

    @Test
    void conditionMustMatchTheWayTheGeneratorWasTrained() throws Exception {
        String json = example("wide-gap-cvae.json").replace("\"condition\": \"band_gap\", ", "");
        WorkflowProblem p = only(problems(json));
        assertEquals("steps[5].condition", p.path());
        assertTrue(p.message().contains("trained without a condition"), p.message());

        String other = example("wide-gap-cvae.json").replace("\"target\": \"band_gap\", \"min\": 3.0, \"max\": 6.0", "\"target\": \"e_form\", \"min\": 3.0, \"max\": 1.0");
        List<WorkflowProblem> ps = problems(other);
        assertEquals(List.of("steps[5].condition", "steps[5].condition.target"), ps.stream().map(WorkflowProblem::path).toList(), ps::toString);
    }

    @Test
    void syntaxErrorsNameLineColumnAndPath() throws Exception {
        String json = example("wide-gap-gan.json").replace("\"formulaColumn\": \"formula\",", "\"formulaColumn\": \"formula\" ");
        WorkflowProblem p = only(problems(json));
        assertEquals("steps[1].formulaColumn", p.path());
        assertTrue(p.message().matches("not valid JSON: .* \\(line 8, column \\d+\\)"), p.message());
        assertEquals("(document)", only(problems("")).path());
        assertEquals("(document)", only(problems("[1, 2]")).path());
    }

    @Test
    void pluginReferencesTakeVersionRangesAndFilters() throws Exception {
        String ok = example("wide-gap-gan.json").replace("\"featurizers\": [\"magpie\",", "\"featurizers\": [{\"id\": \"magpie\", \"version\": \"[1,2)\"},");
        Workflow w = parser.parse(ok);
        assertEquals("[1,2)", w.step("features").orElseThrow().plugin("featurizers").version());

        String none = ok.replace("[1,2)", "[2,3)");
        WorkflowProblem p = only(problems(none));
        assertEquals("steps[2].featurizers[0]", p.path());
        assertEquals("featurizer 'magpie' is registered, but none matches version [2,3)", p.message());

        String badFilter = example("wide-gap-gan.json").replace("\"source\": \"builtin\"", "\"source\": {\"id\": \"builtin\", \"filter\": \"(matforge.id=builtin\"}");
        p = only(problems(badFilter));
        assertEquals("steps[0].source.filter", p.path());
    }

    @Test
    void formulaReferencesInParametersAreChecked() throws Exception {
        String json = example("wide-gap-gan.json").replace("\"novelty\",", "{\"id\": \"novelty\", \"parameters\": {\"reference\": {\"$formulas\": \"gap-model\"}}},");
        WorkflowProblem p = only(problems(json));
        assertEquals("steps[6].screens[2].parameters.reference.$formulas", p.path());
        assertEquals("'gap-model' (steps[3], train-predictor) gives a predictor, not a table", p.message());
    }

    @Test
    void duplicateStepNamesAndMissingFieldsAreReported() throws Exception {
        String json = example("wide-gap-gan.json").replace("{\"name\": \"ranked\", \"type\": \"rank\", \"input\": \"wide-gap\", ", "{\"name\": \"clean\", \"type\": \"rank\", ");
        List<WorkflowProblem> ps = problems(json);
        assertEquals(List.of("steps[10].name", "steps[10].input", "steps[11].input", "steps[12].input"), ps.stream().map(WorkflowProblem::path).toList(), ps::toString);
        assertTrue(ps.get(0).message().contains("already the name of steps[1]"));
        assertTrue(ps.get(1).message().startsWith("required for a rank step"));
    }

    @Test
    void stepSeedsAreDerivedFromTheWorkflowSeedUnlessGiven() throws Exception {
        Workflow w = parser.parse(example("wide-gap-gan.json"));
        assertNotEquals(w.steps().get(3).seed(), w.steps().get(4).seed());
        assertEquals(Seeds.derive(42, 4), w.steps().get(4).seed());
        Workflow own = parser.parse(example("wide-gap-gan.json").replace("\"trainer\": \"gan\",", "\"trainer\": \"gan\", \"seed\": 7,"));
        assertEquals(7, own.steps().get(4).seed());
        assertTrue(FixedCatalog.standard().ids(PluginKind.SCREEN).contains("pareto"));
    }

    @Test
    void explainAndDataQualityFieldsAreCheckedAtTheirPaths() throws Exception {
        String json = example("wide-gap-gan.json")
                .replace("\"outlierZ\": 3.5, \"outliers\": \"keep\"", "\"outlierZ\": 0, \"outliers\": \"remove\"")
                .replace("\"conflictTolerance\": 0.2", "\"conflictTolerance\": -0.2")
                .replace("\"predictor\": \"gap-model\", \"top\": 8", "\"predictor\": \"clean\", \"background\": \"ranked\", \"top\": 0")
                .replace("\"importance\": true", "\"importance\": \"yes\"");
        List<WorkflowProblem> problems = problems(json);
        assertEquals(List.of("steps[1].conflictTolerance", "steps[1].outlierZ", "steps[1].outliers", "steps[11].predictor", "steps[11].background",
                "steps[11].top", "steps[11].importance", "steps[11].repeats"), problems.stream().map(WorkflowProblem::path).toList(), problems::toString);
        assertEquals("must be one of keep, drop, flag, got 'remove'", problems.get(2).message());
        assertEquals("'clean' (steps[1], clean) gives a table, not a predictor", problems.get(3).message());
        assertEquals("'ranked' (steps[10], rank) gives a candidate set, not a table or feature matrix", problems.get(4).message());
        assertEquals("must be at least 1, got 0", problems.get(5).message());
        assertEquals("only used with \"importance\": true", problems.get(7).message());
    }

    @Test
    void explainingALoadedPredictorNeedsNoBackgroundButCannotMeasureImportance() throws Exception {
        FixedCatalog catalog = FixedCatalog.standard().with(PluginKind.PREDICTOR, "gap-bundle", "formation-energy");
        String json = example("wide-gap-gan.json").replace(
                "{\"name\": \"gap-model\", \"type\": \"train-predictor\", \"input\": \"features\", \"trainer\": \"mlp-ensemble\",\n"
                        + "     \"target\": \"band_gap\", \"unit\": \"eV\", \"holdout\": 0.2, \"parameters\": {\"members\": 5, \"epochs\": 40, \"patience\": 10, \"batch\": 128, \"targetMin\": 0}}",
                "{\"name\": \"gap-model\", \"type\": \"load-predictor\", \"predictor\": \"gap-bundle\"}");
        assertNotEquals(example("wide-gap-gan.json"), json);
        List<WorkflowProblem> problems = new WorkflowParser(catalog, Duration.ZERO).validate(json);
        assertEquals(List.of("steps[11].importance"), problems.stream().map(WorkflowProblem::path).toList(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("predictor 'gap-model' (steps[3]) is loaded and has no held-out rows"), problems.get(0).message());
        String withoutImportance = json.replace("\"importance\": true, \"repeats\": 5", "\"importance\": false");
        assertNotEquals(json, withoutImportance);
        assertEquals(List.of(), new WorkflowParser(catalog, Duration.ZERO).validate(withoutImportance),
                "the baseline of a loaded predictor is the training means its file keeps (checked when the step runs)");
        String withBackground = json.replace("\"importance\": true, \"repeats\": 5", "\"background\": \"features\"");
        assertEquals(List.of(), new WorkflowParser(catalog, Duration.ZERO).validate(withBackground));
        String noHoldout = example("wide-gap-gan.json").replace("\"holdout\": 0.2", "\"holdout\": 0");
        WorkflowProblem p = only(problems(noHoldout));
        assertEquals("steps[11].importance", p.path());
    }
}
