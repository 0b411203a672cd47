package org.matforge.parquet;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads a flat Parquet file (every column a primitive, optional or required) row by row as text fields: whole
 * numbers and numbers as Java prints them, text as is, booleans as true/false, null as "". Memory holds one row
 * group's pages. Not thread-safe.
 */
public final class ParquetTableReader implements Closeable {
    private final ParquetFileReader file;
    private final MessageType schema;
    private final String[] header;
    private RecordReader<Group> rows;
    private long left;
    private long rowNumber;

    private ParquetTableReader(ParquetFileReader file) {
        this.file = file;
        this.schema = file.getFooter().getFileMetaData().getSchema();
        List<Type> fields = schema.getFields();
        this.header = new String[fields.size()];
        for (int c = 0; c < header.length; c++) {
            if (!fields.get(c).isPrimitive() || fields.get(c).isRepetition(Type.Repetition.REPEATED)) {
                throw new IllegalArgumentException("column '" + fields.get(c).getName() + "' is nested or repeated; only flat tables are read");
            }
            header[c] = fields.get(c).getName();
        }
    }

    /**
     * @param path a Parquet file
     * @return a reader of it
     * @throws IOException when it is not a Parquet file (the message says so)
     * @throws IllegalArgumentException when a column is nested or repeated
     */
    public static ParquetTableReader open(Path path) throws IOException {
        ParquetFileReader file;
        try {
            file = ParquetFileReader.open(new LocalInputFile(path), ParquetReadOptions.builder(new PlainParquetConfiguration()).build());
        } catch (RuntimeException e) {
            throw new IOException("not a Parquet file: " + e.getMessage(), e);
        }
        try {
            return new ParquetTableReader(file);
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** @return the column names */
    public String[] header() {
        return header.clone();
    }

    /** @return the number of the row last returned by {@link #next()} (1-based) */
    public long rowNumber() {
        return rowNumber;
    }

    /** @return the next row's fields, or null after the last */
    public String[] next() throws IOException {
        while (left == 0) {
            PageReadStore pages = file.readNextRowGroup();
            if (pages == null) {
                return null;
            }
            left = pages.getRowCount();
            rows = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
        }
        Group g = rows.read();
        left--;
        rowNumber++;
        String[] out = new String[header.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = g.getFieldRepetitionCount(c) == 0 ? "" : text(g, c, schema.getType(c).asPrimitiveType());
        }
        return out;
    }

    private static String text(Group g, int c, PrimitiveType type) {
        return switch (type.getPrimitiveTypeName()) {
            case INT64 -> Long.toString(g.getLong(c, 0));
            case INT32 -> Integer.toString(g.getInteger(c, 0));
            case DOUBLE -> Double.toString(g.getDouble(c, 0));
            case FLOAT -> Float.toString(g.getFloat(c, 0));
            case BOOLEAN -> Boolean.toString(g.getBoolean(c, 0));
            default -> g.getValueToString(c, 0);
        };
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
