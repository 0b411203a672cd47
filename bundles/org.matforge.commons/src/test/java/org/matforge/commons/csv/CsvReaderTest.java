package org.matforge.commons.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    /** Issue 15: a bad byte at row 150,000 was "Input length = 1", reported up to a buffer before its line. */
    @Test
    void aByteThatIsNotUtf8IsReportedWithItsFileAndLine() throws IOException {
        Path file = dir.resolve("big.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.write("formula,note\n");
            for (int i = 1; i < 150_000; i++) {
                text.write("GaN,\"ünïcödé " + i + "\"\n");
            }
            text.flush();
            out.write(new byte[] {'Z', 'n', 'O', ',', (byte) 0xff, '\n', 'G', 'a', 'N', ',', 'x', '\n'});
        }
        long[] records = {0};
        IOException e = assertThrows(IOException.class, () -> {
            try (CsvReader reader = CsvReader.open(file)) {
                while (reader.next() != null) {
                    records[0]++;
                }
            }
        });
        assertEquals(file + ": not UTF-8 text at line 150001 (a binary file, or another encoding?)", e.getMessage());
        assertEquals(150_000, records[0], "every record before the bad byte is read");
    }

    @Test
    void utf8TextIncludingCharactersBeyondTheBasicPlaneIsReadWholeAndTheByteOrderMarkDropped() throws IOException {
        Path file = Files.writeString(dir.resolve("u.csv"), "\uFEFFname,emoji\r\nZnO,😀\r\n\"a,b\",\"x\ny\"\n", StandardCharsets.UTF_8);
        try (CsvReader reader = CsvReader.open(file)) {
            assertArrayEquals(new String[] {"name", "emoji"}, reader.next());
            assertArrayEquals(new String[] {"ZnO", "😀"}, reader.next());
            assertArrayEquals(new String[] {"a,b", "x\ny"}, reader.next());
            assertEquals(null, reader.next());
        }
    }
}
