package org.matforge.datasources.internal.tables;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How cell text is read as numbers: plain decimal notation, booleans as 1/0, and the usual missing-value markers. */
final class Cells {
    /** Decimal notation; a leading zero before another digit ({@code 007}) marks an identifier, not a number. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?((0|[1-9]\\d*)(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> MISSING = Set.of("", "nan", "na", "n/a", "null", "none");

    private Cells() {
    }

    /** @return whether the cell means "no value" (empty, NaN, NA, N/A, null, None; any case) */
    static boolean isMissing(String cell) {
        return cell == null || MISSING.contains(cell.trim().toLowerCase(Locale.ROOT));
    }

    /** @return whether the cell is a decimal number such as {@code -1.5e3} */
    static boolean isNumber(String cell) {
        return DECIMAL.matcher(cell.trim()).matches();
    }

    /** @return whether the cell is {@code true} or {@code false} (any case) */
    static boolean isBoolean(String cell) {
        String t = cell.trim();
        return t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false");
    }

    /** @return the cell's value: NaN when missing, 1/0 for booleans, else the number */
    static double value(String cell) {
        if (isMissing(cell)) {
            return Double.NaN;
        }
        String t = cell.trim();
        if (isBoolean(t)) {
            return t.equalsIgnoreCase("true") ? 1 : 0;
        }
        return Double.parseDouble(t);
    }
}
