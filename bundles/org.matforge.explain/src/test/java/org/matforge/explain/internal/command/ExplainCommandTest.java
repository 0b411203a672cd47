package org.matforge.explain.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.commons.io.FileRoots;
import org.matforge.explain.internal.TrainedGapModel;
import org.matforge.explain.internal.compute.Explanations;
import org.matforge.featurizers.lib.StoichiometryFeaturizer;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.predictor.PropertyPredictor;

/** mf:explain end to end on real formulas with a real trained ensemble and the real Magpie featurizer. */
class ExplainCommandTest {
    private static TrainedGapModel.Rows rows;
    private static MlpEnsemble model;

    @TempDir
    Path dir;

    @BeforeEach
    void allowTheTestFolders() {
        FileRoots.allow(dir);
    }

    @BeforeAll
    static void train() {
        rows = TrainedGapModel.rows(300);
        model = TrainedGapModel.train(rows);
    }

    private ExplainCommand command() {
        return command(Map.of("magpie", TrainedGapModel.MAGPIE));
    }

    private ExplainCommand command(Map<String, Featurizer> featurizers) {
        Map<String, PropertyPredictor> models = Map.of("gap", model);
        return new ExplainCommand(id -> {
            PropertyPredictor p = models.get(id);
            if (p == null) {
                throw new IllegalArgumentException("explain: no predictor '" + id + "'");
            }
            return p;
        }, featurizers::get, featurizers.keySet(), new Explanations(), new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void writesPredictionAndTopAttributionsPerRowAndKeepsUnreadableRowsInPlace() throws IOException {
        Path input = dir.resolve("in.csv");
        List<String> lines = new ArrayList<>(List.of("id,composition"));
        for (int i = 0; i < 6; i++) {
            lines.add(i + "," + rows.formulas().get(i * 11));
        }
        lines.add(3, "bad,Xx3");
        Files.write(input, lines);
        Path output = dir.resolve("out.csv");

        String summary = command().run("--model", "gap", "--input", input.toString(), "--formula-column", "composition",
                "--output", output.toString(), "--top", "3");

        List<String> out = Files.readAllLines(output);
        assertTrue(summary.contains("explained 6 of 7 rows"), summary);
        assertEquals("id,composition,band_gap,band_gap_std,baseline,method,feature_1,attribution_1,feature_2,attribution_2,"
                + "feature_3,attribution_3,error", out.get(0));
        assertEquals(8, out.size());
        String[] bad = out.get(3).split(",", -1);
        assertEquals("bad", bad[0]);
        assertTrue(bad[bad.length - 1].contains("Xx"), out.get(3));
        assertEquals("", bad[2]);
        String[] good = out.get(1).split(",", -1);
        assertEquals("integrated-gradients", good[5]);
        assertTrue(good[6].startsWith("MagpieData "), out.get(1));
        assertTrue(Math.abs(Double.parseDouble(good[7])) >= Math.abs(Double.parseDouble(good[9])));
        assertEquals("", good[good.length - 1]);
    }

    @Test
    void importanceModeRanksGroupsOnLabelledRows() throws IOException {
        Path input = dir.resolve("labelled.csv");
        List<String> lines = new ArrayList<>(List.of("composition,gap"));
        for (int i = 0; i < 120; i++) {
            lines.add(rows.formulas().get(i) + "," + rows.gaps()[i]);
        }
        Files.write(input, lines);
        Path output = dir.resolve("importance.csv");

        String summary = command().run("--model", "gap", "--input", input.toString(), "--formula-column", "composition",
                "--mode", "importance", "--target-column", "gap", "--repeats", "2", "--output", output.toString());

        List<String> out = Files.readAllLines(output);
        assertEquals("kind,name,members,importance,std,ci95", out.get(0));
        assertEquals(1 + 22 + 132, out.size(), "22 Magpie property groups and 132 features");
        assertTrue(out.get(1).startsWith("group,MagpieData "), out.get(1));
        assertTrue(summary.contains("top groups"), summary);
    }

    @Test
    void badOptionsAndUnknownModelsGiveOneLineErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> command().run("--model", "nope",
                "--input", "x.csv", "--output", "y.csv"));
        assertTrue(e.getMessage().contains("no predictor 'nope'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> command().run("--model", "gap", "--input",
                dir.resolve("missing.csv").toString(), "--output", "y.csv"));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> command().run("--model", "gap", "--input", "x.csv",
                "--output", "y.csv", "--top", "0"));
        assertTrue(e.getMessage().contains("--top"), e.getMessage());
    }

    @Test
    void aFeaturizerThatIsMissingOrGivesOtherFeaturesIsNamed() {
        Featurizer stoichiometry = new StoichiometryFeaturizer();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> command(Map.of("stoichiometry", stoichiometry))
                .run("--model", "gap", "--input", "x.csv", "--output", "y.csv"));
        assertEquals("explain: the model needs featurizers [magpie]: unknown featurizer 'magpie'; available: stoichiometry", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> command(Map.of("magpie", stoichiometry))
                .run("--model", "gap", "--input", "x.csv", "--output", "y.csv"));
        assertEquals("explain: the installed featurizers [magpie] give 6 features that differ from the 132 the model was trained on"
                + " (a different featurizer version?)", e.getMessage());
    }

    /** Issue 15: --output equal to --input left a 0-byte file. */
    @Test
    void theInputIsNeverTheOutput() throws IOException {
        Path input = Files.writeString(dir.resolve("in.csv"), "formula\nGaN\nZnO\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> command().run("--model", "gap", "--input",
                input.toString(), "--output", input.toString()));
        assertTrue(e.getMessage().startsWith("explain: the output file " + input + " is the input file "), e.getMessage());
        Path background = Files.writeString(dir.resolve("bg.csv"), "formula\nGaN\n");
        e = assertThrows(IllegalArgumentException.class, () -> command().run("--model", "gap", "--input", input.toString(),
                "--background", background.toString(), "--output", background.toString()));
        assertTrue(e.getMessage().contains("is the input file"), e.getMessage());
        assertEquals("formula\nGaN\nZnO\n", Files.readString(input));
        assertEquals("formula\nGaN\n", Files.readString(background));
    }

    /** Trip: explain on one row explained against a baseline equal to that row and returned zeros without a word. */
    @Test
    void explainOnOneRowUsesTheModelsTrainingMeansAsBaselineAndWarnsWhenARowEqualsTheBaseline() throws IOException {
        Path input = Files.writeString(dir.resolve("one.csv"), "formula\nGaN\n");
        Path output = dir.resolve("one-out.csv");
        String summary = command().run("--model", "gap", "--input", input.toString(), "--output", output.toString(), "--top", "3");
        assertTrue(summary.contains("baseline = the model's training feature means") && !summary.contains("warning"), summary);
        String[] row = Files.readAllLines(output).get(1).split(",", -1);
        double prediction = Double.parseDouble(row[1]);
        double baseline = Double.parseDouble(row[3]);
        assertEquals(model.predict(org.matforge.api.data.FeatureMatrix.of(model.featureLabels(), 1, model.trainingFeatureMeans()),
                org.matforge.spi.task.TaskContext.unobserved())[0].mean(), baseline, 1e-4, "the baseline is the prediction at the training means");
        assertTrue(Math.abs(prediction - baseline) > 1e-3, "GaN is not the average training compound: " + prediction + " vs " + baseline);
        assertTrue(Math.abs(Double.parseDouble(row[6])) > 0, "a non-zero top attribution");

        String same = command().run("--model", "gap", "--input", input.toString(), "--background", input.toString(),
                "--output", output.toString());
        assertTrue(same.contains("baseline = mean of 1 rows of one.csv"), same);
        assertTrue(same.endsWith("\nwarning: 1 row equals the baseline, so its attributions are all zero: row 1 (give --background with other compositions)"),
                same);
    }
}
