package org.matforge.commons.table;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.List;

/**
 * A table file written one record at a time, header first, whatever its format ({@link TableFormat}): every record
 * is an array of text fields; an empty or null field is a missing value. {@link #close()} finishes the file (a
 * Parquet file is only complete then). Not thread-safe.
 */
public interface RowWriter extends Closeable, Flushable {
    /** Writes one record; the first one written is the header. */
    void write(String... fields) throws IOException;

    /** Writes one record; the first one written is the header. */
    default void write(List<String> fields) throws IOException {
        write(fields.toArray(new String[0]));
    }
}
