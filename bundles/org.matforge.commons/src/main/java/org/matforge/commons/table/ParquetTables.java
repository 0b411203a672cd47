package org.matforge.commons.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.matforge.parquet.ParquetTableReader;
import org.matforge.parquet.ParquetTableWriter;

/** Parquet files as {@link RowReader} and {@link RowWriter}, over the {@code org.matforge.parquet} bundle. */
final class ParquetTables {
    private ParquetTables() {
    }

    static RowReader reader(Path file) throws IOException {
        ParquetTableReader in;
        try {
            in = ParquetTableReader.open(file);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return new RowReader() {
            private boolean headerRead;

            @Override
            public String[] next() throws IOException {
                if (!headerRead) {
                    headerRead = true;
                    return in.header();
                }
                return in.next();
            }

            @Override
            public long recordLine() {
                return in.rowNumber() + 1;
            }

            @Override
            public String where() {
                return file + ": ";
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    static RowWriter writer(OutputStream target) {
        ParquetTableWriter out = new ParquetTableWriter(target);
        return new RowWriter() {
            @Override
            public void write(String... fields) throws IOException {
                out.write(fields);
            }

            @Override
            public void flush() {
                // rows are kept until close, which writes the file
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
