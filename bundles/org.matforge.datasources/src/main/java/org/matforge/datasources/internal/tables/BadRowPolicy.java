package org.matforge.datasources.internal.tables;

import java.util.Locale;

/** What a data source does with a row it cannot read (wrong field count, bad formula, text in a numeric column). */
public enum BadRowPolicy {
    /** Fail the load, listing the broken rows by file and line (the default). */
    FAIL,
    /** Keep every row and add a text column {@code row_error}: empty for good rows, "file:line: why" for broken ones. */
    FLAG,
    /** Leave broken rows out, logging each one by file and line in the run's log. */
    SKIP;

    /** Name of the column {@link #FLAG} adds. */
    public static final String ERROR_COLUMN = "row_error";

    /** @return the policy named {@code text} @throws IllegalArgumentException naming parameter {@code onBadRow} */
    public static BadRowPolicy parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter 'onBadRow' must be fail, flag or skip, got \"" + text + "\"", e);
        }
    }
}
