package org.matforge.runtime.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 through the script, in the exported runtime (a real Felix with the Commons CSV and Parquet bundles): a
 * workflow trains a small band-gap model; {@code predict --model <run id>/<model name>} runs it on an Excel-style
 * file (byte-order mark, {@code ;}, CRLF, a quoted field holding {@code ;}, an unreadable formula) into Parquet, which
 * {@code data} reads back into CSV; {@code featurize} writes JSON lines.
 */
class PredictAndTableFilesTest {
    private static final Path SHARED = Launcher.ROOT.resolveSibling("shared").resolve("data/matbench/expt_gap.csv");

    @TempDir
    static Path home;

    @BeforeAll
    static void runtimeIsBuilt() {
        assertTrue(Files.isRegularFile(Launcher.JAR), "the runtime module exports " + Launcher.JAR + " before this module runs");
    }

    private static Path excelStyle(int rows) throws Exception {
        List<String> lines = Files.readAllLines(SHARED).subList(1, rows + 1);
        StringBuilder text = new StringBuilder("\uFEFFcomposition;measured;note\r\n");
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            text.append(i == 2 ? "Xq2O3" : f[0]).append(';').append(f[1]).append(';').append(i == 1 ? "\"film; thin\"" : "").append("\r\n");
        }
        return Files.writeString(home.resolve("mine.csv"), text.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void aRunsModelPredictsAnExcelFileIntoParquetThatDataReadsBack() throws Exception {
        Files.writeString(home.resolve("train.json"), """
                {"schema": 1, "name": "train-gap", "seed": 3, "steps": [
                  {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
                  {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"]},
                  {"name": "features", "type": "featurize", "input": "clean", "featurizers": ["magpie"]},
                  {"name": "gap-model", "type": "train-predictor", "input": "features", "trainer": "mlp-ensemble",
                   "target": "band_gap", "unit": "eV", "parameters": {"members": 2, "epochs": 3, "layers": "16"}}
                ]}
                """);
        Launcher.Result trained = Launcher.run(home, "run", "train.json");
        assertEquals(0, trained.status(), trained.toString());
        String runId;
        try (Stream<Path> runs = Files.list(home.resolve("runs"))) {
            runId = runs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-train-gap")).findFirst().orElseThrow();
        }
        excelStyle(200);

        Launcher.Result predicted = Launcher.run(home, "predict", "--model", runId + "/gap-model", "--input", "mine.csv",
                "--formula-column", "composition", "--output", "predicted.parquet");
        assertEquals(0, predicted.status(), predicted.toString());
        assertTrue(predicted.out().contains("predicted band_gap for 200 rows with " + runId + "/gap-model into predicted.parquet;"
                + " 1 rows could not be read (see column error)"), predicted.toString());

        Launcher.Result back = Launcher.run(home, "data", "--source", "file", "--path", "predicted.parquet", "--formula-column",
                "composition", "--on-bad-row", "flag", "--output", "back.csv");
        assertEquals(0, back.status(), back.toString());
        List<String> csv = Files.readAllLines(home.resolve("back.csv"));
        assertTrue(csv.get(0).startsWith("formula,measured,note,band_gap,band_gap_std,band_gap_domain_distance,band_gap_in_domain,error"),
                "the file source names the formula column formula; the trained ensemble has an applicability domain: " + csv.get(0));
        assertEquals(201, csv.size(), "a header and every row, the unreadable one flagged: " + csv.subList(0, 4));
        assertTrue(csv.get(2).contains(",film; thin,"), csv.get(2));
        assertTrue(csv.get(3).startsWith("Xq2O3,"), csv.get(3));

        Launcher.Result featurized = Launcher.run(home, "featurize", "--featurizers", "stoichiometry", "--input", "mine.csv",
                "--formula-column", "composition", "--output", "features.jsonl");
        assertEquals(0, featurized.status(), featurized.toString());
        List<String> jsonl = Files.readAllLines(home.resolve("features.jsonl"));
        assertEquals(200, jsonl.size());
        assertTrue(jsonl.get(0).startsWith("{\"composition\":\"") && jsonl.get(0).contains("\"error\":null}"), jsonl.get(0));
    }
}
