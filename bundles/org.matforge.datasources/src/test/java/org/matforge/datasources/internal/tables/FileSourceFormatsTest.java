package org.matforge.datasources.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.table.RowWriter;
import org.matforge.commons.table.TableFiles;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/** Issue 19: the {@code file} source on expt-gap as Excel, a JSON lines and a Parquet file hold it. */
class FileSourceFormatsTest {
    private static final List<SharedData.Row> GAPS = SharedData.rows("expt_gap");

    @TempDir
    Path dir;

    @BeforeEach
    void allowTheTestFolder() {
        FileRoots.allow(dir);
    }

    private static Table load(Map<String, ?> parameters) throws DataSourceException {
        return new FileSource().load(Parameters.of(parameters), TaskContext.unobserved());
    }

    private static void assertIsExptGap(Table t) {
        assertEquals(List.of("formula", "target"), t.columnNames());
        assertEquals(GAPS.size(), t.rowCount());
        double[] values = t.doubles("target");
        for (int i = 0; i < GAPS.size(); i++) {
            assertEquals(GAPS.get(i).formula(), t.text(i, "formula"));
            assertEquals(GAPS.get(i).target(), values[i], 0);
        }
    }

    private static String semicolons(String crlfOrLf) {
        return "formula;target" + crlfOrLf + GAPS.stream().map(r -> r.formula() + ";" + r.target()).collect(Collectors.joining(crlfOrLf)) + crlfOrLf;
    }

    /** The trip of issue 19: "no column 'formula'; columns are \ufeffformula" and ';' unsupported. */
    @Test
    void aUtf8FileWithByteOrderMarkSemicolonsAndCrlfAsExcelWritesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("gaps-excel.csv"), "\uFEFF" + semicolons("\r\n"), StandardCharsets.UTF_8);
        assertIsExptGap(load(Map.of("path", file.toString(), "numericColumns", List.of("target"))));
    }

    @Test
    void aGivenDelimiterReadsATableWhoseHeaderIsOneColumnWide() throws Exception {
        Path file = Files.writeString(dir.resolve("one.csv"), "formula\nZnO;x\n");
        Table t = load(Map.of("path", file.toString(), "delimiter", ";", "onBadRow", "flag"));
        assertEquals("one.csv:2: 2 fields where the header has 1", t.text(0, "row_error"), "the given ; splits the row");
    }

    @Test
    void quotedFieldsWithTheDelimiterAndLineBreaksAreOneField() throws Exception {
        Path file = Files.writeString(dir.resolve("q.csv"), "formula;note;band_gap\r\nZnO;\"wurtzite; from a\r\nmine\";3.3\r\nGaN;;3.4\r\n");
        Table t = load(Map.of("path", file.toString()));
        assertEquals(List.of("formula", "note", "band_gap"), t.columnNames());
        assertEquals("wurtzite; from a\r\nmine", t.text(0, "note"));
        assertEquals(3.4, t.doubles("band_gap")[1], 0);
    }

    @Test
    void aRaggedRowFailsTheLoadNamingFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("ragged.csv"), "formula;band_gap\nZnO;3.3\nGaN;3,4;x\n");
        DataSourceException e = assertThrows(DataSourceException.class, () -> load(Map.of("path", file.toString())));
        assertEquals(true, e.getMessage().contains("ragged.csv:3: 3 fields where the header has 2"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void jsonLinesAndParquetFilesAreTablesToo() throws Exception {
        for (String name : List.of("gaps.jsonl", "gaps.parquet", "gaps.tsv")) {
            Path file = dir.resolve(name);
            try (OutputStream bytes = Files.newOutputStream(file); RowWriter out = TableFiles.create(file, bytes)) {
                out.write("formula", "target");
                for (SharedData.Row r : GAPS) {
                    out.write(r.formula(), Double.toString(r.target()));
                }
            }
            assertIsExptGap(load(Map.of("path", file.toString())));
        }
    }
}
