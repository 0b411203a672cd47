package org.matforge.commons.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV with LF line ends, quoting a field only when it holds a comma, quote, CR or LF. Not
 * thread-safe.
 */
public final class CsvWriter implements Closeable, Flushable {
    private final Writer out;

    /** @param writer the destination; closed by {@link #close()} */
    public CsvWriter(Writer writer) {
        this.out = writer;
    }

    /** Writes one record. */
    public void write(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            field(fields[i]);
        }
        out.write('\n');
    }

    /** Writes one record. */
    public void write(List<String> fields) throws IOException {
        write(fields.toArray(new String[0]));
    }

    /** Writes a field and the separator before it when it is not the first ({@code first} false). */
    public void field(String value, boolean first) throws IOException {
        if (!first) {
            out.write(',');
        }
        field(value);
    }

    /** Ends the current record started with {@link #field(String, boolean)}. */
    public void endRecord() throws IOException {
        out.write('\n');
    }

    private void field(String value) throws IOException {
        if (value == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
