package org.matforge.orchestrator.internal.workflow;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The allowed values of a number field, declared once with the field: validation, the JSON Schema and the schema
 * document all read it.
 *
 * @param min          the lower bound, or null for none
 * @param minExclusive whether {@code min} itself is refused
 * @param max          the upper bound (inclusive), or null for none
 * @param meaning      how the range reads in a message after "must be ", e.g. "a share in [0, 0.9] of the rows kept
 *                     out of training"; null: "at least {min}" / "at most {max}"
 */
public record Range(BigDecimal min, boolean minExclusive, BigDecimal max, String meaning) {
    /** @return [min, ∞) */
    public static Range atLeast(long min) {
        return new Range(BigDecimal.valueOf(min), false, null, null);
    }

    /** @return [min, max] for whole numbers */
    public static Range between(long min, long max) {
        return new Range(BigDecimal.valueOf(min), false, BigDecimal.valueOf(max), null);
    }

    /** @return [min, max] read as {@code meaning} */
    public static Range between(double min, double max, String meaning) {
        return new Range(BigDecimal.valueOf(min), false, BigDecimal.valueOf(max), meaning);
    }

    /** @return [min, ∞) read as {@code meaning} */
    public static Range atLeast(double min, String meaning) {
        return new Range(BigDecimal.valueOf(min), false, null, meaning);
    }

    /** @return (min, ∞) read as {@code meaning} */
    public static Range above(double min, String meaning) {
        return new Range(BigDecimal.valueOf(min), true, null, meaning);
    }

    /** @return what is wrong with {@code value} ("must be at least 1, got 0"), or empty when it lies in the range */
    public Optional<String> check(BigDecimal value, String got) {
        boolean low = min != null && (minExclusive ? value.compareTo(min) <= 0 : value.compareTo(min) < 0);
        boolean high = max != null && value.compareTo(max) > 0;
        if (!low && !high) {
            return Optional.empty();
        }
        if (meaning != null) {
            return Optional.of("must be " + meaning + ", got " + got);
        }
        return Optional.of(low ? "must be " + (minExclusive ? "above " : "at least ") + plain(min) + ", got " + got
                : "must be at most " + plain(max) + ", got " + got);
    }

    /** @return the range in interval notation, e.g. {@code [1, 1000000]} or {@code (0, ∞)} */
    public String interval() {
        return (min == null || minExclusive ? "(" : "[") + (min == null ? "−∞" : plain(min)) + ", "
                + (max == null ? "∞)" : plain(max) + "]");
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
