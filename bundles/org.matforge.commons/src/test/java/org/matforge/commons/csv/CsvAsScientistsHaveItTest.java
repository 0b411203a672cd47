package org.matforge.commons.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.commons.testdata.SharedData;

/** Issue 19: files as scientists have them — byte-order marks, ; and tab delimiters, quoted fields, CRLF. */
class CsvAsScientistsHaveItTest {
    @TempDir
    Path dir;

    private static List<String[]> all(CsvReader reader) throws IOException {
        List<String[]> records = new ArrayList<>();
        for (String[] r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    /** The trip of issue 19: a UTF-8 file with a BOM gave "no column 'formula'; columns are \ufeffformula". */
    @Test
    void aByteOrderMarkSemicolonsAndCrlfAsExcelSavesExptGap() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.matbench("expt_gap"), StandardCharsets.UTF_8);
        Path excel = dir.resolve("expt_gap-excel.csv");
        Files.writeString(excel, "\uFEFF" + String.join("\r\n", lines.stream().map(l -> l.replace(',', ';')).toList()) + "\r\n",
                StandardCharsets.UTF_8);
        try (CsvReader reader = CsvReader.open(excel)) {
            List<String[]> records = all(reader);
            assertEquals(';', reader.delimiter());
            assertArrayEquals(new String[] {"formula", "target"}, records.get(0));
            assertEquals(0, CsvTransform.columnIndex(records.get(0), "formula"));
            assertEquals(lines.size(), records.size());
            for (int i = 0; i < lines.size(); i++) {
                assertArrayEquals(lines.get(i).split(","), records.get(i), "line " + (i + 1));
            }
        }
    }

    @Test
    void quotedFieldsHoldTheDelimiterQuotesAndLineBreaks() throws IOException {
        Path file = Files.writeString(dir.resolve("q.csv"),
                "formula;note;gap\r\nZnO;\"wurtzite; \"\"zincite\"\"\r\nfrom a mine\";3.3\r\nGaN;;3.4\r\n");
        try (CsvReader reader = CsvReader.open(file)) {
            assertArrayEquals(new String[] {"formula", "note", "gap"}, reader.next());
            assertArrayEquals(new String[] {"ZnO", "wurtzite; \"zincite\"\r\nfrom a mine", "3.3"}, reader.next());
            assertEquals(2, reader.recordLine());
            assertArrayEquals(new String[] {"GaN", "", "3.4"}, reader.next());
            assertEquals(4, reader.recordLine(), "the quoted line break counts");
            assertNull(reader.next());
        }
    }

    @Test
    void theDelimiterIsTheOneTheHeaderUsesMost() {
        assertEquals(',', CsvReader.detectDelimiter("formula,band_gap"));
        assertEquals(';', CsvReader.detectDelimiter("formula;band gap (eV, exp.);source"), "a comma inside a name, unquoted");
        assertEquals('\t', CsvReader.detectDelimiter("formula\tband_gap\tsource"));
        assertEquals(',', CsvReader.detectDelimiter("\"a;b;c\",d"), "delimiters inside quotes do not count");
        assertEquals(',', CsvReader.detectDelimiter("formula"), "a one-column table");
    }

    @Test
    void aGivenDelimiterWinsOverDetection() throws IOException {
        Path file = Files.writeString(dir.resolve("g.csv"), "name;x,y\nA;1,5\n");
        try (CsvReader reader = CsvReader.open(file, ';')) {
            assertArrayEquals(new String[] {"name", "x,y"}, reader.next());
            assertArrayEquals(new String[] {"A", "1,5"}, reader.next());
        }
    }

    @Test
    void anUnclosedQuoteNamesFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("u.csv"), "formula,note\nZnO,ok\nGaN,\"never closed\nAlN,x\n");
        IOException e = assertThrows(IOException.class, () -> {
            try (CsvReader reader = CsvReader.open(file)) {
                all(reader);
            }
        });
        assertEquals(file + ": CSV record starting on line 3 has an unclosed quoted field", e.getMessage());
    }

    @Test
    void aRaggedRowIsAOneLineErrorNamingFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("r.csv"), "formula;gap\nZnO;3.3\nGaN;3,4;x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            try (CsvReader reader = CsvReader.open(file)) {
                CsvTransform.run(reader, new CsvWriter(new StringWriter()), 10, header -> new CsvTransform.Step() {
                    public List<String> addedColumns() {
                        return List.of();
                    }

                    public String[][] process(List<String[]> records) {
                        return new String[records.size()][0];
                    }
                }, n -> { });
            }
        });
        assertEquals(file + ": 1 row has more fields than the 2 of the header (a field holding the delimiter ';' must be in double quotes):"
                + " line 3: 3 fields; nothing was written", e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void theWriterQuotesOnlyWhatMustBeQuotedAndWritesTabsForTsv() throws IOException {
        StringWriter text = new StringWriter();
        try (CsvWriter out = new CsvWriter(text)) {
            out.write("formula", "note");
            out.write("ZnO", "a, \"b\"");
            out.write("GaN", null);
        }
        assertEquals("formula,note\nZnO,\"a, \"\"b\"\"\"\nGaN,\n", text.toString());
        StringWriter tabs = new StringWriter();
        try (CsvWriter out = new CsvWriter(tabs, '\t')) {
            out.write("formula", "note");
            out.write("ZnO", "a, b");
        }
        assertEquals("formula\tnote\nZnO\ta, b\n", tabs.toString());
    }
}
