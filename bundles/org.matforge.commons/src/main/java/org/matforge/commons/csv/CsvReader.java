package org.matforge.commons.csv;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.matforge.commons.table.RowReader;

/**
 * Streaming reader of CSV as scientists have it, on Apache Commons CSV: fields separated by {@code ,}, {@code ;} or
 * tab (detected from the header line unless given), optionally in double quotes ("" inside quotes is one quote;
 * quoted fields may hold delimiters and line breaks), CRLF or LF line ends, a UTF-8 byte-order mark at the start
 * dropped. Reads one record at a time, so any file size needs only one record of memory. Not thread-safe.
 */
public final class CsvReader implements RowReader {
    /** The delimiters {@link #detectDelimiter(String)} chooses between, most usual first. */
    public static final String DELIMITERS = ",;\t";
    private static final int HEADER_LOOKAHEAD = 1 << 20;

    private final BufferedReader in;
    private final String name;
    private final char delimiter;
    private final LineCounter delivered;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long recordLine = 1;

    /** @param reader comma-separated text; closed by {@link #close()} */
    public CsvReader(Reader reader) {
        this(buffered(reader), null, ',');
    }

    /**
     * @param reader    the text; closed by {@link #close()}
     * @param delimiter the field delimiter, or null to detect it from the header line
     * @return a reader of it
     */
    public static CsvReader of(Reader reader, Character delimiter) throws IOException {
        BufferedReader text = buffered(reader);
        return new CsvReader(text, null, delimiter != null ? delimiter : detectDelimiter(text));
    }

    private CsvReader(BufferedReader reader, String name, char delimiter) {
        this.in = reader;
        this.name = name;
        this.delimiter = delimiter;
        try {
            dropByteOrderMark(in);
            this.delivered = new LineCounter(in);
            this.parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get().parse(delivered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
    }

    /**
     * @param file a UTF-8 CSV file; every error names it and the line
     * @return a reader of it (delimiter detected from the header) that fails with "not UTF-8 text at line N" at the
     *         first byte that is not UTF-8
     */
    public static CsvReader open(Path file) throws IOException {
        return open(file, null);
    }

    /**
     * @param file      a UTF-8 CSV file; every error names it and the line
     * @param delimiter the field delimiter, or null to detect it from the header line
     * @return a reader of it
     */
    public static CsvReader open(Path file, Character delimiter) throws IOException {
        BufferedReader text = buffered(new StrictUtf8Reader(Files.newInputStream(file)));
        try {
            return new CsvReader(text, file.toString(), delimiter != null ? delimiter : detectDelimiter(text));
        } catch (CharacterCodingException e) {
            text.close();
            throw new IOException(file + ": not UTF-8 text at line 1 (a binary file, or another encoding?)");
        } catch (IOException | RuntimeException e) {
            text.close();
            throw e;
        }
    }

    private static BufferedReader buffered(Reader reader) {
        return reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    }

    /** @return the delimiter among {@link #DELIMITERS} that occurs most often outside quotes in the first line */
    private static char detectDelimiter(BufferedReader text) throws IOException {
        text.mark(HEADER_LOOKAHEAD);
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int c = text.read(), n = 0; c != -1 && n < HEADER_LOOKAHEAD - 1 && (quoted || c != '\n'); c = text.read(), n++) {
            quoted ^= c == '"';
            line.append((char) c);
        }
        text.reset();
        return detectDelimiter(line.toString());
    }

    /**
     * @param headerLine the first line of a table
     * @return the delimiter among {@link #DELIMITERS} occurring most often outside double quotes; {@code ,} when none
     *         does (a one-column table) or on a tie with it
     */
    public static char detectDelimiter(String headerLine) {
        int[] counts = new int[DELIMITERS.length()];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            quoted ^= c == '"';
            int d = DELIMITERS.indexOf(c);
            if (!quoted && d >= 0) {
                counts[d]++;
            }
        }
        int best = 0;
        for (int d = 1; d < counts.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS.charAt(best);
    }

    private static void dropByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
    }

    /** @return the field delimiter in use (given, or detected from the header line) */
    public char delimiter() {
        return delimiter;
    }

    @Override
    public String where() {
        return name == null ? "" : name + ": ";
    }

    /**
     * @return the next record's fields, or null at the end of the input
     * @throws IOException when reading fails, the text is not UTF-8 or a quoted field is not closed, naming the line
     */
    @Override
    public String[] next() throws IOException {
        long start = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            recordLine = start;
            return record.values();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw failure(e, start);
        }
    }

    private IOException failure(RuntimeException e, long start) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) { // every character before the bad byte was delivered
                return new IOException(where() + "not UTF-8 text at line " + (delivered.lineBreaks + 1)
                        + " (a binary file, or another encoding?)");
            }
        }
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new IOException(where() + "CSV record starting on line " + start + " has an unclosed quoted field");
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return new IOException(where() + "line " + (parser.getCurrentLineNumber() + 1) + ": text after a closing quote"
                    + " (a quote inside a quoted field is written \"\")");
        }
        return new IOException(where() + "line " + start + ": " + message, e);
    }

    @Override
    public long recordLine() {
        return recordLine;
    }

    /** @return the number of the line the reader is on (1-based), for error messages */
    public long line() {
        return Math.max(recordLine, parser.getCurrentLineNumber());
    }

    /** Counts the line breaks handed to the parser. */
    private static final class LineCounter extends FilterReader {
        long lineBreaks;

        LineCounter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '\n') {
                lineBreaks++;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\n') {
                    lineBreaks++;
                }
            }
            return n;
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
        in.close();
    }
}
