package org.matforge.predictors.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.cli.PredictorOption;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.table.RowReader;
import org.matforge.commons.table.TableFiles;
import org.matforge.commons.testdata.SharedData;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.api.data.Parameters;
import org.matforge.predictors.internal.FeaturizedTable;
import org.matforge.predictors.lib.ensemble.EnsembleSettings;
import org.matforge.predictors.lib.ensemble.EnsembleTraining;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/**
 * Issue 19: {@code predict} with the formation-energy model of the model bundle {@code org.matforge.models.eform} on
 * experimental band-gap formulas, from an Excel-style file (byte-order mark, {@code ;}, CRLF, a quoted field holding
 * {@code ;} and a line break, an unreadable formula) into CSV, JSON lines and Parquet.
 */
class PredictCommandTest {
    private static final Path MODEL = Path.of("..", "org.matforge.models.eform", "models", "formation-energy.mfm");
    private static final int ROWS = 300;
    private static MlpEnsemble model;
    private static final Map<String, Featurizer> STANDARD = StandardFeaturizers.create(ElementTable.load());

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheShippedModel() throws IOException {
        try (InputStream in = Files.newInputStream(MODEL)) {
            model = MlpEnsemble.read(ModelFile.read(in));
        }
    }

    @BeforeEach
    void allowTheTestFolder() {
        FileRoots.allow(dir);
    }

    private static PredictCommand command(PrintStream terminal) {
        return new PredictCommand(v -> new PredictorOption.Named(model, v), STANDARD::get, STANDARD.keySet(), terminal);
    }

    /** @return the first rows of expt_gap with a note column, as Excel saves them for a ';' locale; row 3's formula is unreadable */
    private Path excelFile(List<SharedData.Row> rows) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFFcomposition;measured gap;note\r\n");
        for (int i = 0; i < rows.size(); i++) {
            String formula = i == 3 ? "Xq2O3" : rows.get(i).formula();
            String note = i == 1 ? "\"film; see\r\np. 12\"" : "";
            text.append(formula).append(';').append(rows.get(i).target()).append(';').append(note).append("\r\n");
        }
        return Files.writeString(dir.resolve("my-gaps.csv"), text.toString(), StandardCharsets.UTF_8);
    }

    private static List<String[]> read(Path file) throws IOException {
        List<String[]> records = new ArrayList<>();
        try (RowReader in = TableFiles.open(file)) {
            for (String[] r = in.next(); r != null; r = in.next()) {
                records.add(r);
            }
        }
        return records;
    }

    @ParameterizedTest
    @ValueSource(strings = {"predicted.csv", "predicted.jsonl", "predicted.parquet"})
    void predictsEveryReadableRowKeepingTheInputAndFlagsTheUnreadableOne(String output) throws IOException {
        List<SharedData.Row> rows = SharedData.rows("expt_gap", ROWS);
        Path input = excelFile(rows);
        String summary = command(new PrintStream(new ByteArrayOutputStream())).run("--model", "formation-energy.mfm", "--input", input.toString(),
                "--formula-column", "composition", "--output", dir.resolve(output).toString());
        assertTrue(summary.startsWith("predicted formation_energy for 300 rows with formation-energy.mfm into "), summary);
        assertTrue(summary.contains("; 1 rows could not be read (see column error)"), summary);

        List<String[]> out = read(dir.resolve(output));
        List<String> header = List.of(out.get(0));
        assertEquals(List.of("composition", "measured gap", "note", "formation_energy", "formation_energy_std"), header.subList(0, 5));
        assertEquals("error", header.get(header.size() - 1));
        assertEquals(ROWS + 1, out.size(), "one output row per input row, in order");

        List<Composition> readable = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            if (i != 3) {
                readable.add(rows.get(i).composition());
            }
        }
        FeatureMatrix x = CompositeFeaturizer.of(model.featurizers(), STANDARD::get, STANDARD.keySet()).featurizeAll(readable, TaskContext.unobserved());
        Prediction[] expected = model.predict(x, TaskContext.unobserved());
        for (int i = 0, k = 0; i < ROWS; i++) {
            String[] row = out.get(i + 1);
            assertEquals(i == 3 ? "Xq2O3" : rows.get(i).formula(), row[0]);
            assertEquals(rows.get(i).target(), Double.parseDouble(row[1]), 0, "the input's columns are kept");
            if (i == 3) {
                assertEquals("", row[3], "no prediction for an unreadable formula");
                assertFalse(row[row.length - 1].isEmpty(), "the reason is in column error");
                continue;
            }
            assertEquals(expected[k].mean(), Double.parseDouble(row[3]), 1e-9, rows.get(i).formula());
            assertEquals(expected[k].std(), Double.parseDouble(row[4]), 1e-9, rows.get(i).formula());
            assertEquals("", row[row.length - 1]);
            k++;
        }
        assertEquals("film; see\r\np. 12", out.get(2)[2], "a quoted field with the delimiter and a line break is one field");
    }

    /** A band-gap ensemble trained here on 1,500 expt_gap rows has an applicability domain; each row gets its distance and flag. */
    @Test
    void aModelWithAnApplicabilityDomainFlagsEachRow() throws IOException {
        FeaturizedTable gaps = FeaturizedTable.read("expt_gap", 0);
        int[] first = java.util.stream.IntStream.range(0, 1500).toArray();
        EnsembleSettings s = EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("members", 2, "epochs", 3, "layers", "16", "seed", 3)));
        MlpEnsemble gapModel = EnsembleTraining.train(gaps.rows(first).features(), gaps.rows(first).targets(),
                new PredictionTask("gap", "band_gap", "eV", false, List.of("magpie"), Map.of("magpie", "1")), s, TaskContext.unobserved());
        assertEquals(List.of("band_gap", "band_gap_std", "band_gap_domain_distance", "band_gap_in_domain"),
                PredictCommand.columns(new String[] {"formula"}, gapModel));

        List<String> formulas = new ArrayList<>(gaps.formulas().subList(3000, 3200));
        formulas.add("He3Ne"); // unlike any compound of the training data
        Path input = Files.writeString(dir.resolve("in.csv"), "formula\n" + String.join("\n", formulas) + "\n");
        new PredictCommand(v -> new PredictorOption.Named(gapModel, v), STANDARD::get, STANDARD.keySet(), new PrintStream(new ByteArrayOutputStream()))
                .run("--model", "gap", "--input", input.toString(), "--output", dir.resolve("out.csv").toString());
        List<String[]> out = read(dir.resolve("out.csv"));

        FeatureMatrix x = CompositeFeaturizer.of(List.of("magpie"), STANDARD::get, STANDARD.keySet())
                .featurizeAll(formulas.stream().map(Composition::parse).toList(), TaskContext.unobserved());
        double[] distance = gapModel.domainDistances(x, TaskContext.unobserved());
        int inside = 0;
        for (int i = 0; i < formulas.size(); i++) {
            String[] row = out.get(i + 1);
            assertEquals(distance[i], Double.parseDouble(row[3]), 1e-9, formulas.get(i));
            assertEquals(Boolean.toString(distance[i] <= gapModel.domainThreshold()), row[4], formulas.get(i));
            inside += row[4].equals("true") ? 1 : 0;
        }
        assertTrue(inside > 100, inside + " of 200 known compounds inside the domain");
        assertEquals("false", out.get(out.size() - 1)[4], "He3Ne is outside the domain");
    }

    @Test
    void anInputColumnOfTheTargetsNameMakesThePredictionsPrefixed() {
        assertEquals("predicted_formation_energy", PredictCommand.columns(new String[] {"formula", "formation_energy"}, model).get(0));
    }

    @Test
    void aMissingFormulaColumnIsAOneLineError() throws IOException {
        Path input = Files.writeString(dir.resolve("in.csv"), "\uFEFFformula;x\nZnO;1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> command(System.err).run("--model", "m", "--input",
                input.toString(), "--formula-column", "composition", "--output", dir.resolve("o.csv").toString()));
        assertEquals("no column 'composition' in the input; columns are formula, x", e.getMessage());
        assertFalse(Files.exists(dir.resolve("o.csv")), "nothing is written");
    }
}
