package org.matforge.orchestrator.internal.engine.steps;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.matforge.api.data.Table;

/** SHA-256 fingerprints of data, for provenance: equal content gives an equal fingerprint, whatever its source. */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** @return hex SHA-256 over column names, types and values in order */
    public static String of(Table table) {
        MessageDigest digest = sha256();
        update(digest, "rows:" + table.rowCount());
        for (String column : table.columnNames()) {
            update(digest, "column:" + column);
            if (table.isNumeric(column)) {
                double[] values = table.doubles(column);
                ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
                for (double v : values) {
                    buffer.putLong(Double.doubleToLongBits(v));
                }
                digest.update(buffer.array());
            } else {
                for (String v : table.strings(column)) {
                    update(digest, v == null ? "\u0000null" : v);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
