package org.matforge.commons.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.matforge.commons.table.RowWriter;

/**
 * Writes RFC 4180 CSV (or another delimiter, e.g. tab) with LF line ends on Apache Commons CSV, quoting a field
 * only when it must be (it holds the delimiter, a quote, CR or LF, or starts with a character a reader could take
 * for something else). A null field is written empty. Not thread-safe.
 */
public final class CsvWriter implements RowWriter {
    private final CSVPrinter out;

    /** @param writer the destination of comma-separated text; closed by {@link #close()} */
    public CsvWriter(Writer writer) {
        this(writer, ',');
    }

    /**
     * @param writer    the destination; closed by {@link #close()}
     * @param delimiter the field delimiter
     */
    public CsvWriter(Writer writer, char delimiter) {
        try {
            this.out = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator('\n')
                    .setQuoteMode(QuoteMode.MINIMAL).get().print(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(String... fields) throws IOException {
        out.printRecord((Object[]) fields);
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
