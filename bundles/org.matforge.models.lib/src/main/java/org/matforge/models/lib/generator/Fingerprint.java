package org.matforge.models.lib.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.matforge.api.chem.Composition;

/** SHA-256 of a generator's training data: reduced formulas in order, with the property value when there is one. */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** @return the hex digest */
    public static String of(List<Composition> compositions, double[] property) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < compositions.size(); i++) {
                String row = compositions.get(i).reducedFormula() + (property == null ? "" : "," + property[i]) + "\n";
                digest.update(row.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
