package org.matforge.commons.table;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a table as JSON lines: one object per record, keyed by the header's column names. A field that is a plain
 * decimal number (no leading zeros, not NaN or Infinity) is written as a JSON number, an empty or null field as
 * {@code null}, anything else as a string — so pandas' {@code read_json(lines=True)} gets numeric columns.
 */
public final class JsonLinesWriter implements RowWriter {
    /** A number as JSON writes it. */
    static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private final Writer out;
    private String[] header;

    /** @param writer the destination (UTF-8); closed by {@link #close()} */
    public JsonLinesWriter(Writer writer) {
        this.out = writer;
    }

    @Override
    public void write(String... fields) throws IOException {
        if (header == null) {
            header = fields.clone();
            return;
        }
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        for (int c = 0; c < header.length; c++) {
            json.name(header[c]);
            String value = c < fields.length ? fields[c] : null;
            if (value == null || value.isEmpty()) {
                json.nullValue();
            } else if (NUMBER.matcher(value).matches()) {
                json.jsonValue(value);
            } else {
                json.value(value);
            }
        }
        json.endObject();
        json.flush();
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (header == null) {
            throw new IOException("a JSON lines table needs a header record");
        }
        out.close();
    }
}
