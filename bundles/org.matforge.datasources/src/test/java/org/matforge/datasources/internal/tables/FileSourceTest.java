package org.matforge.datasources.internal.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.testdata.SharedData;
import org.matforge.datasources.internal.RecordingContext;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

import com.google.gson.Gson;

/** The {@code file} source on the experimental band-gap table and on copies of it written here in other shapes. */
class FileSourceTest {
    private static final List<SharedData.Row> GAPS = SharedData.rows("expt_gap");

    @TempDir
    Path dir;

    @BeforeEach
    void allowTheTestFolders() {
        FileRoots.allow(dir);
        FileRoots.allow(SharedData.root());
    }

    private static Table load(Map<String, ?> parameters) throws DataSourceException {
        return new FileSource().load(Parameters.of(parameters), TaskContext.unobserved());
    }

    private static void assertIsExptGap(Table t, String property, int rows) {
        assertEquals(List.of("formula", property), t.columnNames());
        assertEquals(rows, t.rowCount());
        double[] values = t.doubles(property);
        for (int i = 0; i < rows; i++) {
            assertEquals(GAPS.get(i).formula(), t.text(i, "formula"));
            assertEquals(GAPS.get(i).target(), values[i], 0);
        }
    }

    @Test
    void readsTheSharedCsvAsIs() throws Exception {
        assertIsExptGap(load(Map.of("path", SharedData.matbench().resolve("expt_gap.csv").toString())), "target", GAPS.size());
    }

    @Test
    void renamesTheFormulaColumnAndReadsGzip() throws Exception {
        Path file = dir.resolve("gaps.csv.gz");
        StringBuilder csv = new StringBuilder("composition,gap\n");
        GAPS.forEach(r -> csv.append('"').append(r.formula()).append("\",").append(r.target()).append('\n'));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertIsExptGap(load(Map.of("path", file.toString(), "formulaColumn", "composition")), "gap", GAPS.size());
    }

    @Test
    void readsJsonRowsAndJsonColumnsToTheSameTable() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        columns.put("formula", new ArrayList<>());
        columns.put("band_gap", new ArrayList<>());
        for (SharedData.Row r : GAPS) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("formula", r.formula());
            row.put("band_gap", r.target());
            rows.add(row);
            columns.get("formula").add(r.formula());
            columns.get("band_gap").add(r.target());
        }
        Path asRows = Files.writeString(dir.resolve("rows.json"), new Gson().toJson(rows));
        Path asColumns = Files.writeString(dir.resolve("columns.json"), new Gson().toJson(columns));
        Table fromRows = load(Map.of("path", asRows.toString()));
        assertIsExptGap(fromRows, "band_gap", GAPS.size());
        assertEquals(fromRows, load(Map.of("path", asColumns.toString())));
    }

    /** 30 real rows, then: line 5 an extra field, line 9 an unknown element, line 12 a missing gap, line 14 a unit in the number. */
    private Path brokenCsv() throws IOException {
        List<String> lines = new ArrayList<>(List.of("formula,target"));
        GAPS.subList(0, 30).forEach(r -> lines.add(r.formula() + "," + r.target()));
        lines.set(4, lines.get(4) + ",extra");
        lines.set(8, "Xq2O3,1.5");
        lines.set(11, GAPS.get(10).formula() + ",");
        lines.set(13, GAPS.get(12).formula() + ",1.2eV");
        return Files.write(dir.resolve("bad.csv"), lines);
    }

    @Test
    void brokenRowsFailTheLoadByDefaultNamingEachFileAndLine() throws Exception {
        Map<String, Object> p = Map.of("path", brokenCsv().toString(), "numericColumns", List.of("target"));
        DataSourceException e = assertThrows(DataSourceException.class, () -> load(p));
        String m = e.getMessage();
        assertTrue(m.startsWith("bad.csv: 3 of 30 rows cannot be read"), m);
        assertTrue(m.contains("bad.csv:5: 3 fields where the header has 2"), m);
        assertTrue(m.contains("bad.csv:9: \"Xq2O3\" is not a formula"), m);
        assertTrue(m.contains("bad.csv:14: column 'target': \"1.2eV\" is not a number"), m);
        assertFalse(m.contains("bad.csv:12"), "a missing value is not an error: " + m);
    }

    @Test
    void flaggedRowsAreKeptWithTheirProblemAndSkippedRowsAreLogged() throws Exception {
        Path file = brokenCsv();
        Table flagged = load(Map.of("path", file.toString(), "numericColumns", List.of("target"), "onBadRow", "flag"));
        assertEquals(30, flagged.rowCount());
        String[] errors = flagged.strings(BadRowPolicy.ERROR_COLUMN);
        for (int i = 0; i < 30; i++) {
            int line = i + 2;
            assertEquals(line == 5 || line == 9 || line == 14, !errors[i].isEmpty(), "line " + line + ": " + errors[i]);
        }
        assertTrue(errors[12].startsWith("bad.csv:14: "), errors[12]);
        assertTrue(Double.isNaN(flagged.number(10, "target")), "missing value is NaN");
        assertEquals(GAPS.get(0).target(), flagged.number(0, "target"), 0);

        RecordingContext context = new RecordingContext();
        Table skipped = new FileSource().load(Parameters.of(Map.of("path", file.toString(), "numericColumns", List.of("target"),
                "onBadRow", "skip")), context);
        assertEquals(27, skipped.rowCount());
        assertTrue(context.log().stream().anyMatch(l -> l.startsWith("skipped bad.csv:9: ")), context.log().toString());
        assertTrue(context.log().stream().anyMatch(l -> l.contains("skipped 3 of 30 rows")), context.log().toString());
    }

    @Test
    void aColumnWithTextIsTextUnlessDeclaredNumeric() throws Exception {
        Table t = load(Map.of("path", brokenCsv().toString(), "onBadRow", "flag"));
        assertFalse(t.isNumeric("target"), "\"1.2eV\" makes the column text when it is not declared numeric");
        assertEquals("1.2eV", t.text(12, "target"));
    }

    @Test
    void brokenJsonRowsAreLocatedByLineAndPath() throws Exception {
        String json = "[\n{\"formula\": \"GaAs\", \"band_gap\": 1.42},\n\"GaN\",\n{\"formula\": \"ZnO\", \"band_gap\": [3.3]},\n"
                + "{\"formula\": \"Si\", \"band_gap\": true}\n]";
        Path file = Files.writeString(dir.resolve("bad.json"), json);
        DataSourceException e = assertThrows(DataSourceException.class, () -> load(Map.of("path", file.toString())));
        assertTrue(e.getMessage().contains("bad.json:3 ($[1]): row is STRING, not an object"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.json:4 ($[2]): 'band_gap' holds an array, not a value"), e.getMessage());

        Path truncated = Files.writeString(dir.resolve("cut.json"), json.substring(0, 60));
        DataSourceException cut = assertThrows(DataSourceException.class, () -> load(Map.of("path", truncated.toString())));
        assertTrue(cut.getMessage().startsWith("cut.json: not valid JSON: "), cut.getMessage());
        assertTrue(cut.getMessage().contains("End of input at line 4"), cut.getMessage());

        Path ragged = Files.writeString(dir.resolve("ragged.json"), "{\"formula\": [\"GaAs\", \"GaN\"], \"band_gap\": [1.42]}");
        DataSourceException r = assertThrows(DataSourceException.class, () -> load(Map.of("path", ragged.toString())));
        assertEquals("ragged.json: column 'band_gap' has 1 values, column 'formula' 2", r.getMessage());
    }

    @Test
    void pythonsNaNInJsonIsAMissingValue() throws Exception {
        Path file = Files.writeString(dir.resolve("py.json"), "[{\"formula\": \"GaAs\", \"band_gap\": 1.42}, {\"formula\": \"GaN\", \"band_gap\": NaN}]");
        assertArrayEquals(new double[] {1.42, Double.NaN}, load(Map.of("path", file.toString())).doubles("band_gap"));
    }

    @Test
    void identifiersWithLeadingZerosStayText() throws Exception {
        Path file = Files.writeString(dir.resolve("ids.csv"), "id,formula,band_gap\n007,GaAs,1.42\n012,GaN,3.4\n100,ZnO,.337e1\n");
        Table t = load(Map.of("path", file.toString()));
        assertFalse(t.isNumeric("id"));
        assertEquals("007", t.text(0, "id"));
        assertArrayEquals(new double[] {1.42, 3.4, 3.37}, t.doubles("band_gap"), 1e-12);
    }

    @Test
    void booleanColumnsBecomeOneAndZero() throws Exception {
        Path file = Files.writeString(dir.resolve("metal.csv"), "formula,is_metal\nCu,True\nNaCl,False\nGaAs,\n");
        Table t = load(Map.of("path", file.toString()));
        assertArrayEquals(new double[] {1, 0, Double.NaN}, t.doubles("is_metal"));
    }

    @Test
    void wrongFilesAndParametersAreNamed() throws Exception {
        assertEquals("parameter 'path' is required", assertThrows(IllegalArgumentException.class, () -> load(Map.of())).getMessage());
        assertEquals("parameter 'formula_column' is not one of file's: delimiter, format, formulaColumn, numericColumns, onBadRow, path",
                assertThrows(IllegalArgumentException.class, () -> load(Map.of("path", "x.csv", "formula_column", "f"))).getMessage());
        String missing = assertThrows(DataSourceException.class, () -> load(Map.of("path", dir.resolve("none.csv").toString()))).getMessage();
        assertTrue(missing.startsWith("parameter 'path': no such file "), missing);
        String column = assertThrows(DataSourceException.class, () -> load(Map.of("path", SharedData.matbench().resolve("expt_gap.csv").toString(),
                "formulaColumn", "composition"))).getMessage();
        assertEquals("expt_gap.csv: no column 'composition' (parameter 'formulaColumn'); columns are [formula, target]", column);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> load(Map.of("path", "x.csv", "onBadRow", "ignore")))
                .getMessage().startsWith("parameter 'onBadRow' must be fail, flag or skip"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> load(Map.of("path", "x.csv", "format", "xlsx")))
                .getMessage().startsWith("parameter 'format' must be one of csv, tsv, json, jsonl, parquet"));
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "formula,name\nNaCl,sel gemme\nKCl,sylvine \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        String encoding = assertThrows(DataSourceException.class, () -> load(Map.of("path", latin1.toString()))).getMessage();
        assertTrue(encoding.contains("latin1.csv:3: not UTF-8 text"), encoding);
        Path duplicate = Files.writeString(dir.resolve("dup.csv"), "formula,gap,gap\nNaCl,8.5,8.6\n");
        assertEquals("dup.csv:1: header names column 'gap' twice",
                assertThrows(DataSourceException.class, () -> load(Map.of("path", duplicate.toString()))).getMessage());
    }

    /** Issue 15: a workflow's data path of /etc/shadow was read and its first line written into the run's files. */
    @Test
    void pathsOutsideTheAllowedFoldersAreRefusedNamingThePathAndTheRoots() throws Exception {
        Path outside = Files.createTempDirectory("matforge-outside");
        try {
            Path secret = Files.writeString(outside.resolve("secret.csv"), "formula,target\nGaN,3.4\nTOPSECRET,1\n");
            Path link = Files.createSymbolicLink(dir.resolve("link.csv"), secret);
            Path linkedFolder = Files.createSymbolicLink(dir.resolve("folder"), outside);
            for (Path path : List.of(secret, dir.resolve("../" + outside.getFileName() + "/secret.csv"), link,
                    linkedFolder.resolve("secret.csv"), Path.of("/etc/passwd"))) {
                String m = assertThrows(DataSourceException.class, () -> load(Map.of("path", path.toString()))).getMessage();
                assertTrue(m.startsWith("parameter 'path': " + path + " is outside the folders MatForge may read ("), m);
                assertTrue(m.contains(dir.toRealPath().toString()) && m.contains("--root"), m);
                assertFalse(m.contains("TOPSECRET") || m.contains("root:"), m);
            }
            String missing = assertThrows(DataSourceException.class, () -> load(Map.of("path", outside.resolve("none.csv").toString())))
                    .getMessage();
            assertTrue(missing.contains("is outside the folders MatForge may use"), "whether a file outside exists is not told: " + missing);
        } finally {
            try (var files = Files.walk(outside)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Issue 15: no cell of a file that failed to parse is copied into messages beyond a short, escaped excerpt. */
    @Test
    void cellsOfAFileThatFailsAreQuotedOnlyAsShortEscapedExcerpts() throws Exception {
        String secret = "root:$6$saltsalt$" + "x".repeat(80) + ":19000:0:99999:7:::";
        Path shadow = Files.writeString(dir.resolve("shadow.csv"), secret + "\ndaemon:*:19000:0:99999:7:::\n");
        String m = assertThrows(DataSourceException.class, () -> load(Map.of("path", shadow.toString()))).getMessage();
        assertEquals("shadow.csv: no column 'formula' (parameter 'formulaColumn'); columns are [\"" + secret.substring(0, 40) + "…\" ("
                + secret.length() + " chars)]", m);
        String garbage = "\u001b[2J\u001b[31mFAKE: all good\u0007" + "Q".repeat(100);
        Path cells = Files.writeString(dir.resolve("cells.csv"), "formula,target\nGaN,3.4\n\"" + garbage + "\",1\nZnO,\"1\n2\"\n");
        m = assertThrows(DataSourceException.class, () -> load(Map.of("path", cells.toString(), "numericColumns", List.of("target"))))
                .getMessage();
        assertFalse(m.contains("\u001b") || m.contains("\u0007") || m.contains("\n") || m.contains("Q".repeat(41)), m);
        assertTrue(m.contains("cells.csv:3: \"[2J\\u001b[31mFAKE: all good\\u0007" + "Q".repeat(17) + "…\" (123 chars) is not a formula"), m);
        assertTrue(m.contains("cells.csv:4: column 'target': \"1\\u000a2\" is not a number"), m);
    }
}
