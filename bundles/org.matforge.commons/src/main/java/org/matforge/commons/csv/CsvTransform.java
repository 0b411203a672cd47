package org.matforge.commons.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.matforge.api.text.Excerpt;
import org.matforge.commons.io.AtomicOutput;
import org.matforge.commons.table.RowReader;
import org.matforge.commons.table.TableFiles;
import org.matforge.commons.table.RowWriter;

/**
 * Streams a table (CSV, JSON lines or Parquet: {@link org.matforge.commons.table.TableFiles}) through a {@link Step} in chunks: every input record is written back with its fields and the
 * step's extra columns appended, in input order. Memory holds one chunk, so the input may be any size. A record with
 * fewer fields than the header is padded with empty ones; one with more is an error: the input is then read to its
 * end to report every such record (line, fields found and expected), and the output is left incomplete — write it
 * with {@link org.matforge.commons.io.AtomicOutput}, so that it is discarded.
 */
public final class CsvTransform {
    /** What a transformation adds to each record. Called from one thread at a time. */
    public interface Step {
        /** @return the names of the columns appended to every record */
        List<String> addedColumns();

        /**
         * @param records the chunk's records, each padded to the header's width
         * @return one array of {@code addedColumns().size()} fields per record
         */
        String[][] process(List<String[]> records);
    }

    /** Chooses the step once the header is known. */
    public interface StepFactory {
        /**
         * @param header the input's column names
         * @return the step
         * @throws IllegalArgumentException when the header does not fit (e.g. a required column is missing)
         */
        Step create(String[] header);
    }

    private CsvTransform() {
    }

    /**
     * Streams a table file through a step into another, each in the format its name says ({@link TableFiles}); the
     * output is written atomically ({@link AtomicOutput}): on any failure it is left as it was.
     *
     * @param source    the input file
     * @param delimiter a CSV input's delimiter, or null to detect it
     * @param target    the output file
     * @param chunkRows records per chunk
     * @param factory   builds the step from the header
     * @param progress  called with the number of records written after every chunk
     * @return the number of data records written
     */
    public static long run(Path source, Character delimiter, Path target, int chunkRows, StepFactory factory, LongConsumer progress)
            throws IOException {
        try (RowReader reader = TableFiles.open(source, delimiter); AtomicOutput out = AtomicOutput.open(target)) {
            RowWriter writer = TableFiles.create(target, out.stream());
            long rows = run(reader, writer, chunkRows, factory, progress);
            writer.close();
            out.commit();
            return rows;
        }
    }

    /**
     * @param in        the input table, header first
     * @param out       where the output table goes
     * @param chunkRows records per chunk
     * @param factory   builds the step from the header
     * @param progress  called with the number of records written after every chunk
     * @return the number of data records written
     * @throws IllegalArgumentException when the input has no header, the factory rejects it, or a record has more
     *                                  fields than the header
     */
    public static long run(RowReader in, RowWriter out, int chunkRows, StepFactory factory, LongConsumer progress) throws IOException {
        String[] header = in.next();
        if (header == null) {
            throw new IllegalArgumentException("the input is empty: no header line");
        }
        Step step = factory.create(header);
        List<String> outputHeader = new ArrayList<>(Arrays.asList(header));
        outputHeader.addAll(step.addedColumns());
        out.write(outputHeader);
        long written = 0;
        List<String[]> chunk = new ArrayList<>(chunkRows);
        while (true) {
            String[] record = in.next();
            if (record != null && record.length > header.length) {
                throw tooManyFields(in, header.length, record.length);
            }
            if (record != null) {
                chunk.add(record.length == header.length ? record : Arrays.copyOf(record, header.length));
            }
            if (chunk.size() == chunkRows || (record == null && !chunk.isEmpty())) {
                String[][] added = step.process(chunk);
                String[] row = new String[header.length + step.addedColumns().size()];
                for (int r = 0; r < chunk.size(); r++) {
                    System.arraycopy(chunk.get(r), 0, row, 0, header.length);
                    System.arraycopy(added[r], 0, row, header.length, added[r].length);
                    out.write(row);
                }
                written += chunk.size();
                chunk.clear();
                progress.accept(written);
            }
            if (record == null) {
                out.flush();
                return written;
            }
        }
    }

    private static final int LISTED_ROWS = 10;

    /** Reads the rest of the input to report every record with more fields than the header. */
    private static IllegalArgumentException tooManyFields(RowReader in, int expected, int found) throws IOException {
        List<String> rows = new ArrayList<>();
        long count = 0;
        for (String[] record = new String[found]; record != null; record = in.next()) {
            if (record.length > expected && ++count <= LISTED_ROWS) {
                rows.add("line " + in.recordLine() + ": " + record.length + " fields");
            }
        }
        return new IllegalArgumentException(in.where() + count + (count == 1 ? " row has" : " rows have") + " more fields than the "
                + expected + " of the header (a field holding the delimiter" + delimiter(in) + " must be in double quotes): " + String.join("; ", rows)
                + (count > LISTED_ROWS ? "; …" : "") + "; nothing was written");
    }

    private static String delimiter(RowReader in) {
        return in instanceof CsvReader csv ? " '" + (csv.delimiter() == '\t' ? "\\t" : String.valueOf(csv.delimiter())) + "'" : "";
    }

    /**
     * @return the index of {@code column} in {@code header}
     * @throws IllegalArgumentException naming the available columns when it is absent
     */
    public static int columnIndex(String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + column + "' in the input; columns are "
                + Arrays.stream(header).map(Excerpt::name).collect(Collectors.joining(", ")));
    }
}
