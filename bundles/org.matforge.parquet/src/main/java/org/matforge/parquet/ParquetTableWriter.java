package org.matforge.parquet;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.regex.Pattern;

import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes a table of text fields as a Parquet file. The header comes first; every row is kept in a temporary file
 * until {@link #close()}, which types each column from all its values — every non-empty value a whole number: INT64;
 * every one a number: DOUBLE; otherwise (or no value at all) UTF-8 text — and writes the file (uncompressed pages, dictionary encoding).
 * So memory holds one row, whatever the table's size. Not thread-safe.
 */
public final class ParquetTableWriter implements Closeable {
    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9]\\d{0,17})");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private final OutputStream target;
    private String[] header;
    private boolean[] notWhole;
    private boolean[] notNumber;
    private boolean[] present;
    private Path spill;
    private DataOutputStream rows;
    private long rowCount;
    private boolean closed;

    /** @param target where the file's bytes go; closed by {@link #close()} */
    public ParquetTableWriter(OutputStream target) {
        this.target = target;
    }

    /**
     * @param fields the header (first call: distinct, non-empty column names) or a row (null or empty: missing; fewer
     *               fields than the header: the rest missing)
     * @throws IllegalArgumentException when a row has more fields than the header, or the header repeats a name
     */
    public void write(String... fields) throws IOException {
        if (header == null) {
            header = fields.clone();
            if (new HashSet<>(Arrays.asList(header)).size() != header.length) {
                throw new IllegalArgumentException("a Parquet file's column names must differ: " + String.join(", ", header));
            }
            notWhole = new boolean[header.length];
            notNumber = new boolean[header.length];
            present = new boolean[header.length];
            spill = Files.createTempFile("matforge-parquet-", ".rows");
            spill.toFile().deleteOnExit(); // when the table is abandoned before close
            rows = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16));
            return;
        }
        if (fields.length > header.length) {
            throw new IllegalArgumentException("row " + (rowCount + 1) + " has " + fields.length + " fields where the header has " + header.length);
        }
        for (int c = 0; c < header.length; c++) {
            String v = c < fields.length && fields[c] != null ? fields[c] : "";
            if (!v.isEmpty()) {
                present[c] = true;
                notWhole[c] |= !WHOLE.matcher(v).matches();
                notNumber[c] |= !NUMBER.matcher(v).matches();
            }
            byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
            rows.writeInt(bytes.length);
            rows.write(bytes);
        }
        rowCount++;
    }

    /** @return the schema the rows written so far get: INT64, DOUBLE or UTF-8 text per column, all optional */
    MessageType schema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (int c = 0; c < header.length; c++) {
            if (!present[c]) {
                b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(header[c]);
            } else if (!notWhole[c]) {
                b.optional(PrimitiveTypeName.INT64).named(header[c]);
            } else if (!notNumber[c]) {
                b.optional(PrimitiveTypeName.DOUBLE).named(header[c]);
            } else {
                b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(header[c]);
            }
        }
        return b.named("table");
    }

    /** Types the columns and writes the file; the temporary rows are deleted. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (header == null) {
            target.close();
            throw new IOException("a Parquet table needs a header record");
        }
        rows.close();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spill), 1 << 16));
                ParquetWriter<String[]> writer = new RowsBuilder(new StreamOutputFile(target), schema())
                        .withConf(new PlainParquetConfiguration()).withCompressionCodec(CompressionCodecName.UNCOMPRESSED).build()) {
            String[] row = new String[header.length];
            for (long r = 0; r < rowCount; r++) {
                for (int c = 0; c < row.length; c++) {
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    row[c] = new String(bytes, StandardCharsets.UTF_8);
                }
                writer.write(row);
            }
        } finally {
            Files.deleteIfExists(spill);
        }
    }

    private static final class RowsBuilder extends ParquetWriter.Builder<String[], RowsBuilder> {
        private final MessageType schema;

        RowsBuilder(OutputFile file, MessageType schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected RowsBuilder self() {
            return this;
        }

        @Override
        protected org.apache.parquet.hadoop.api.WriteSupport<String[]> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return new TextRowWriteSupport(schema);
        }

        @Override
        protected org.apache.parquet.hadoop.api.WriteSupport<String[]> getWriteSupport(org.apache.parquet.conf.ParquetConfiguration conf) {
            return new TextRowWriteSupport(schema);
        }
    }

    /** The target stream as Parquet's output file, counting the position. */
    private static final class StreamOutputFile implements OutputFile {
        private final OutputStream out;

        StreamOutputFile(OutputStream out) {
            this.out = out;
        }

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return new PositionOutputStream() {
                private long position;

                @Override
                public long getPos() {
                    return position;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    position++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    position += len;
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }
    }
}
