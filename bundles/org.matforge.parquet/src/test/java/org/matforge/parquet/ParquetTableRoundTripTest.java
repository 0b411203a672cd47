package org.matforge.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void columnsAreTypedFromAllTheirValuesAndReadBackAsText() throws IOException {
        Path file = dir.resolve("t.parquet");
        try (ParquetTableWriter w = new ParquetTableWriter(Files.newOutputStream(file))) {
            w.write("position", "formula", "band_gap", "note");
            w.write("1", "ZnO", "3.3", "");
            w.write("2", "NaN", "", "a, \"quoted\"\nnote");
            w.write("3", "GaN", "1e-3");
        }
        try (ParquetTableReader r = ParquetTableReader.open(file)) {
            assertArrayEquals(new String[] {"position", "formula", "band_gap", "note"}, r.header());
            assertArrayEquals(new String[] {"1", "ZnO", "3.3", ""}, r.next());
            assertArrayEquals(new String[] {"2", "NaN", "", "a, \"quoted\"\nnote"}, r.next(), "the formula NaN (sodium nitride) stays text");
            assertArrayEquals(new String[] {"3", "GaN", "0.001", ""}, r.next());
            assertNull(r.next());
            assertEquals(3, r.rowNumber());
        }
    }

    @Test
    void aColumnWithOneNonNumberIsText() throws IOException {
        ParquetTableWriter w = new ParquetTableWriter(Files.newOutputStream(dir.resolve("s.parquet")));
        w.write("id", "x", "error", "n");
        w.write("007", "1", "", "3");
        w.write("8", "2.5", null, "-4");
        assertEquals(PrimitiveTypeName.BINARY, w.schema().getType("id").asPrimitiveType().getPrimitiveTypeName(), "007 is not a plain number");
        assertEquals(PrimitiveTypeName.DOUBLE, w.schema().getType("x").asPrimitiveType().getPrimitiveTypeName());
        assertEquals(PrimitiveTypeName.BINARY, w.schema().getType("error").asPrimitiveType().getPrimitiveTypeName(), "no value: text");
        assertEquals(PrimitiveTypeName.INT64, w.schema().getType("n").asPrimitiveType().getPrimitiveTypeName());
        w.close();
    }

    @Test
    void aHeaderNamingAColumnTwiceIsRefusedByName() {
        ParquetTableWriter w = new ParquetTableWriter(java.io.OutputStream.nullOutputStream());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.write("formula", "error", "error"));
        assertEquals("a Parquet file's column names must differ: formula, error, error", e.getMessage());
    }

    @Test
    void aFileThatIsNotParquetIsSaidToBeSo() throws IOException {
        Path file = Files.writeString(dir.resolve("x.parquet"), "formula\nZnO\n");
        IOException e = assertThrows(IOException.class, () -> ParquetTableReader.open(file).close());
        assertEquals(true, e.getMessage().startsWith("not a Parquet file"), e.getMessage());
    }
}
