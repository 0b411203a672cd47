package org.matforge.commons.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming reader of RFC 4180 CSV: comma-separated, fields optionally in double quotes ("" inside quotes is one
 * quote; quoted fields may hold commas and line breaks), CRLF or LF line ends. Reads one record at a time, so any
 * file size needs only one record of memory. Not thread-safe.
 */
public final class CsvReader implements Closeable {
    private final BufferedReader in;
    private final String name;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private long line = 1;
    private long recordLine = 1;

    /** @param reader the text; closed by {@link #close()} */
    public CsvReader(Reader reader) {
        this(reader, null);
    }

    private CsvReader(Reader reader, String name) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.name = name;
    }

    /**
     * @param file a UTF-8 CSV file; every error names it and the line
     * @return a reader of it that fails with "not UTF-8 text at line N" at the first byte that is not UTF-8
     */
    public static CsvReader open(Path file) throws IOException {
        return new CsvReader(new StrictUtf8Reader(Files.newInputStream(file)), file.toString());
    }

    /** @return the file name given to {@link #open(Path)} followed by ": ", or "" for a reader of other text */
    public String where() {
        return name == null ? "" : name + ": ";
    }

    /**
     * @return the next record's fields, or null at the end of the input
     * @throws IOException when reading fails or a quoted field is not closed
     */
    public String[] next() throws IOException {
        try {
            return record();
        } catch (CharacterCodingException e) {
            throw new IOException(where() + "not UTF-8 text at line " + line + " (a binary file, or another encoding?)");
        }
    }

    private String[] record() throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        fields.clear();
        field.setLength(0);
        long startLine = line;
        recordLine = startLine;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException(where() + "CSV record starting on line " + startLine + " has an unclosed quoted field");
                }
                if (c == '"') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (d != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                endField();
                wasQuoted = false;
            } else if (c == '\n' || c == -1) {
                if (c == '\n') {
                    line++;
                }
                if (!wasQuoted && field.length() > 0 && field.charAt(field.length() - 1) == '\r') {
                    field.setLength(field.length() - 1);
                }
                endField();
                return fields.toArray(new String[0]);
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == '\r' && wasQuoted) {
                // CR of a CRLF after a closing quote
            } else {
                field.append((char) c);
            }
            c = in.read();
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    /** @return the line (1-based) on which the record last returned by {@link #next()} starts, for error messages */
    public long recordLine() {
        return recordLine;
    }

    /** @return the number of the line the reader is on (1-based), for error messages */
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
