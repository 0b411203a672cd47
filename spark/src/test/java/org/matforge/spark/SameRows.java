package org.matforge.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.sql.Row;

/** Asserts that the Spark job's output rows are the in-process path's, column by column. */
final class SameRows {
    /**
     * The networks compute in float32, and BLAS may sum a row's products in another order for another batch size (the
     * Spark path predicts batch by batch, the in-process one the whole list), so predictions agree to float32
     * precision (the ensemble's σ, a difference of squares, to a little less), not always to the last bit of the
     * double they are widened to (likewise the window and stability scores computed from them, and the numbers printed
     * in their reasons, which may then round to a neighbouring last digit); formulas, origins, verdicts and the words
     * of every reason are compared exactly.
     */
    static final double FLOAT32 = 1e-5;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private SameRows() {
    }

    /** @return how many rows had each outcome: {@code kept}, {@code failed} or the id of the screen that dropped them */
    static Map<String, Integer> assertSame(List<ScreenedRow> expected, List<Row> actual, CandidateColumns columns) {
        assertEquals(expected.size(), actual.size(), "rows");
        Map<Long, Row> byPosition = new HashMap<>();
        for (Row r : actual) {
            byPosition.put(r.getLong(0), r);
        }
        Map<String, Integer> outcomes = new HashMap<>();
        String[] names = columns.schema().fieldNames();
        for (ScreenedRow e : expected) {
            Row a = byPosition.get(e.input().position());
            assertNotNull(a, "no Spark row for " + e.input());
            Object[] want = columns.values(e);
            for (int c = 0; c < want.length; c++) {
                Object got = a.get(c);
                String where = "row " + e.input() + " column " + names[c];
                if (want[c] instanceof Double d && got instanceof Double g) {
                    assertEquals(d, g, FLOAT32 * Math.max(1, Math.abs(d)), where);
                } else if (want[c] instanceof String text && names[c].endsWith("reason")) {
                    assertSameReason(text, (String) got, where);
                } else {
                    assertEquals(want[c], got, where);
                }
            }
            String outcome = e.kept() ? "kept" : e.failed() ? "failed" : e.reason().substring(0, e.reason().indexOf(' '));
            outcomes.merge(outcome, 1, Integer::sum);
        }
        return outcomes;
    }

    /**
     * The same words in the same order, and the same numbers up to one unit in the last printed digit or 1e-4 (a
     * window's lower end, mean − k·σ, may be small beside the float32 error of mean and σ).
     */
    static void assertSameReason(String expected, String actual, String where) {
        assertEquals(expected == null, actual == null, where);
        if (expected == null) {
            return;
        }
        assertEquals(NUMBER.matcher(expected).replaceAll("#"), NUMBER.matcher(actual).replaceAll("#"), where);
        Matcher e = NUMBER.matcher(expected);
        Matcher a = NUMBER.matcher(actual);
        while (e.find() && a.find()) {
            String digits = e.group().replaceAll("[eE].*", "");
            int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
            double exponent = e.group(2) == null ? 0 : Double.parseDouble(e.group(2).substring(1));
            double unit = Math.pow(10, exponent - decimals);
            assertEquals(Double.parseDouble(e.group()), Double.parseDouble(a.group()), Math.max(1.01 * unit, 1e-4), where + ": " + expected + " vs " + actual);
        }
    }
}
