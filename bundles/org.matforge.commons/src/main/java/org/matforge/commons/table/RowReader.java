package org.matforge.commons.table;

import java.io.Closeable;
import java.io.IOException;

/**
 * A table file read one record at a time, header first, whatever its format ({@link TableFormat}): every record is
 * an array of text fields (an empty field is a missing value). Not thread-safe.
 */
public interface RowReader extends Closeable {
    /**
     * @return the next record's fields (the first call: the column names), or null at the end of the input
     * @throws IOException when reading fails or the file is malformed, naming file and line
     */
    String[] next() throws IOException;

    /** @return the line (1-based; for Parquet the row + 1) on which the record last returned by {@link #next()} starts */
    long recordLine();

    /** @return the file name followed by ": ", or "" when the reader reads other text, for error messages */
    String where();
}
