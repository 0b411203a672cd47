package org.matforge.parquet;

import java.util.Map;

import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/** Writes rows of text fields into a flat schema of optional INT64, DOUBLE and UTF-8 columns; "" is null. */
final class TextRowWriteSupport extends WriteSupport<String[]> {
    private final MessageType schema;
    private RecordConsumer out;

    TextRowWriteSupport(MessageType schema) {
        this.schema = schema;
    }

    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.out = recordConsumer;
    }

    @Override
    public void write(String[] row) {
        out.startMessage();
        for (int c = 0; c < row.length; c++) {
            String v = row[c];
            if (v == null || v.isEmpty()) {
                continue;
            }
            String name = schema.getFieldName(c);
            out.startField(name, c);
            PrimitiveTypeName type = schema.getType(c).asPrimitiveType().getPrimitiveTypeName();
            switch (type) {
                case INT64 -> out.addLong(Long.parseLong(v));
                case DOUBLE -> out.addDouble(Double.parseDouble(v));
                default -> out.addBinary(Binary.fromString(v));
            }
            out.endField(name, c);
        }
        out.endMessage();
    }
}
