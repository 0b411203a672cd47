package org.matforge.datasources.internal.tables;

import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Set;

import org.matforge.api.text.Excerpt;
import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.table.RowReader;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/**
 * Reads CSV (header row first; {@code ,}, {@code ;} or tab detected from the header unless given; quoted fields; a
 * byte-order mark dropped), TSV, JSON lines or Parquet — any {@link RowReader} — into a {@link TableAssembler}. Records whose first field starts with
 * {@code #} are comments and skipped (a header block of provenance notes, for instance); blank lines are skipped;
 * a record with more or fewer fields than the header, or with bytes that are not UTF-8, is a broken row.
 */
public final class CsvTables {
    /** What the UTF-8 decoder puts where bytes are not UTF-8. */
    static final char NOT_DECODED = '\uFFFD';

    private CsvTables() {
    }

    /**
     * @param reader  the text; not closed
     * @param name    file name for locations ({@code name:line})
     * @param target  receives header and rows
     * @param context cancellation
     * @throws DataSourceException when the header is missing or malformed, or the text is not CSV
     */
    public static void read(Reader reader, String name, TableAssembler target, TaskContext context) throws DataSourceException {
        try {
            read(CsvReader.of(reader, null), name, target, context);
        } catch (IOException e) {
            throw new DataSourceException(name + ": cannot read as CSV: " + e.getMessage(), e);
        }
    }

    /**
     * @param csv     the rows, header first; not closed
     * @param name    file name for locations ({@code name:line})
     * @param target  receives header and rows
     * @param context cancellation
     * @throws DataSourceException when the header is missing or malformed, or the file is malformed
     */
    public static void read(RowReader csv, String name, TableAssembler target, TaskContext context) throws DataSourceException {
        try {
            String[] header = nextRecord(csv);
            if (header == null) {
                throw new DataSourceException(name + ": empty, no header row");
            }
            Set<String> seen = new HashSet<>();
            for (int c = 0; c < header.length; c++) {
                String column = header[c].trim();
                if (column.isEmpty()) {
                    throw new DataSourceException(name + ":" + csv.recordLine() + ": header column " + (c + 1) + " has no name");
                }
                if (!seen.add(column)) {
                    throw new DataSourceException(name + ":" + csv.recordLine() + ": header names column '" + Excerpt.name(column) + "' twice");
                }
                target.column(column);
            }
            for (String[] row = nextRecord(csv); row != null; row = nextRecord(csv)) {
                if (target.rowCount() % 10_000 == 0) {
                    context.checkCancelled();
                }
                String problem = row.length != header.length ? row.length + " fields where the header has " + header.length
                        : String.join("", row).indexOf(NOT_DECODED) >= 0 ? "not UTF-8 text" : null;
                target.add(row, name + ":" + csv.recordLine(), problem);
            }
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw new DataSourceException(name + ": " + (message.startsWith(csv.where()) ? message.substring(csv.where().length()) : message), e);
        }
    }

    private static String[] nextRecord(RowReader csv) throws IOException {
        for (String[] row = csv.next(); row != null; row = csv.next()) {
            boolean blank = row.length == 1 && row[0].isBlank();
            if (!blank && !row[0].startsWith("#")) {
                return row;
            }
        }
        return null;
    }
}
