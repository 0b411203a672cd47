package org.matforge.commons.table;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.csv.CsvWriter;

/**
 * The one place that opens a table file for reading or writing in the format its name says ({@link TableFormat}):
 * CSV (delimiter detected or given), TSV, JSON lines or Parquet. Commands and workflow steps that take a table in
 * or write one out go through it, so every format works wherever CSV does.
 */
public final class TableFiles {
    private TableFiles() {
    }

    /**
     * @param file a table file; its name chooses the format
     * @return a reader of it, header first, delimiter of a CSV file detected from its header line
     */
    public static RowReader open(Path file) throws IOException {
        return open(file, null);
    }

    /**
     * @param file      a table file; its name chooses the format
     * @param delimiter a CSV file's delimiter, or null to detect it (ignored for other formats)
     * @return a reader of it, header first
     */
    public static RowReader open(Path file, Character delimiter) throws IOException {
        return switch (TableFormat.of(file)) {
            case CSV -> CsvReader.open(file, delimiter);
            case TSV -> CsvReader.open(file, delimiter != null ? delimiter : '\t');
            case JSONL -> new JsonLinesReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()),
                    file.toString());
            case PARQUET -> ParquetTables.reader(file);
        };
    }

    /**
     * @param target the file that will hold the table; its name chooses the format
     * @param bytes  where the bytes go (e.g. {@link org.matforge.commons.io.AtomicOutput#stream()}); flushed but not
     *               closed by the writer's {@code close()}, which finishes the file (Parquet is written then)
     * @return a writer; the first record written is the header
     */
    public static RowWriter create(Path target, OutputStream bytes) throws IOException {
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                bytes.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return switch (TableFormat.of(target)) {
            case CSV -> new CsvWriter(utf8(out));
            case TSV -> new CsvWriter(utf8(out), '\t');
            case JSONL -> new JsonLinesWriter(utf8(out));
            case PARQUET -> ParquetTables.writer(out);
        };
    }

    private static BufferedWriter utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
