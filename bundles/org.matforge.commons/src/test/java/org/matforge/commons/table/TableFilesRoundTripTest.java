package org.matforge.commons.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.commons.testdata.SharedData;

/** Issue 19: JSON lines and Parquet wherever CSV is, chosen by the file's extension. */
class TableFilesRoundTripTest {
    @TempDir
    Path dir;

    private static List<String[]> read(Path file) throws IOException {
        List<String[]> records = new ArrayList<>();
        try (RowReader in = TableFiles.open(file)) {
            for (String[] r = in.next(); r != null; r = in.next()) {
                records.add(r);
            }
        }
        return records;
    }

    private static void write(Path file, List<String[]> records) throws IOException {
        try (OutputStream bytes = Files.newOutputStream(file); RowWriter out = TableFiles.create(file, bytes)) {
            for (String[] r : records) {
                out.write(r);
            }
        }
    }

    /** Expt-gap with a text column that has commas, quotes, line breaks, empties and the formula "NaN" (sodium nitride). */
    private static List<String[]> exptGapWithNotes() throws IOException {
        List<String[]> records = read(SharedData.matbench("expt_gap"));
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"formula", "target", "note", "row"});
        for (int i = 1; i < records.size(); i++) {
            String note = i % 3 == 0 ? "" : i % 3 == 1 ? "measured, \"film\"\nat 300 K" : "bulk";
            out.add(new String[] {records.get(i)[0], records.get(i)[1], note, Integer.toString(i)});
        }
        out.add(new String[] {"NaN", "", "sodium nitride", Integer.toString(records.size())});
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"t.csv", "t.tsv", "t.jsonl", "t.parquet"})
    void exptGapRoundTripsThroughEveryFormat(String name) throws IOException {
        List<String[]> table = exptGapWithNotes();
        Path file = dir.resolve(name);
        write(file, table);
        List<String[]> back = read(file);
        assertEquals(table.size(), back.size());
        assertArrayEquals(table.get(0), back.get(0));
        for (int r = 1; r < table.size(); r++) {
            String[] want = table.get(r);
            String[] got = back.get(r);
            assertEquals(want[0], got[0], "formula, row " + r);
            assertEquals(want[1].isEmpty() ? "" : Double.toString(Double.parseDouble(want[1])),
                    got[1].isEmpty() ? "" : Double.toString(Double.parseDouble(got[1])), "target, row " + r);
            assertEquals(want[2], got[2], "note, row " + r);
            assertEquals(want[3], got[3], "row number, row " + r);
        }
    }

    @Test
    void jsonLinesHaveNumbersAsNumbersAndEmptyAsNull() throws IOException {
        Path file = dir.resolve("t.jsonl");
        write(file, List.of(new String[] {"formula", "band_gap", "id"}, new String[] {"NaN", "3.30", "007"}, new String[] {"ZnO", "", "8"}));
        assertEquals("{\"formula\":\"NaN\",\"band_gap\":3.30,\"id\":\"007\"}\n{\"formula\":\"ZnO\",\"band_gap\":null,\"id\":8}\n",
                Files.readString(file));
    }

    @Test
    void jsonLinesReadByteOrderMarkMissingKeysAndNameTheBadLine() throws IOException {
        Path file = Files.writeString(dir.resolve("in.jsonl"), "\uFEFF{\"formula\": \"ZnO\", \"gap\": 3.3}\n\n{\"formula\": \"GaN\"}\n{\"formula\": \"AlN\", \"gapp\": 6}\n",
                StandardCharsets.UTF_8);
        try (RowReader in = TableFiles.open(file)) {
            assertArrayEquals(new String[] {"formula", "gap"}, in.next());
            assertArrayEquals(new String[] {"ZnO", "3.3"}, in.next());
            assertArrayEquals(new String[] {"GaN", ""}, in.next());
            assertEquals(3, in.recordLine());
            IOException e = assertThrows(IOException.class, in::next);
            assertEquals(file + ": line 4 has keys [gapp] that the first line lacks; columns are [formula, gap]", e.getMessage());
        }
    }

    @Test
    void theExtensionChoosesTheFormat() {
        assertEquals(TableFormat.PARQUET, TableFormat.of(Path.of("runs/x/candidates.parquet")));
        assertEquals(TableFormat.JSONL, TableFormat.of(Path.of("Y.JSONL")));
        assertEquals(TableFormat.TSV, TableFormat.of(Path.of("y.tsv")));
        assertEquals(TableFormat.CSV, TableFormat.of(Path.of("y.csv")));
        assertEquals(TableFormat.CSV, TableFormat.of(Path.of("y.txt")));
    }

    @Test
    void aFileThatIsNotParquetIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("fake.parquet"), "formula\nZnO\n");
        IOException e = assertThrows(IOException.class, () -> TableFiles.open(file).close());
        assertTrue(e.getMessage().startsWith(file + ": not a Parquet file"), e.getMessage());
    }
}
