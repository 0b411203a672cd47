package org.matforge.api.discovery;

/**
 * What a screen said about one candidate.
 *
 * @param verdict pass, fail or unknown
 * @param reason  a short human-readable reason (e.g. "no charge-balanced oxidation states"), never null
 * @param score   a screen-specific number (e.g. Pareto rank, distance to nearest known compound), NaN if none
 */
public record ScreenResult(Verdict verdict, String reason, double score) {
    /** Checks the arguments. */
    public ScreenResult {
        if (verdict == null) {
            throw new IllegalArgumentException("verdict is required");
        }
        reason = reason == null ? "" : reason;
    }

    /** @return a passing result without score */
    public static ScreenResult pass(String reason) {
        return new ScreenResult(Verdict.PASS, reason, Double.NaN);
    }

    /** @return a failing result without score */
    public static ScreenResult fail(String reason) {
        return new ScreenResult(Verdict.FAIL, reason, Double.NaN);
    }

    /** @return an undecided result without score */
    public static ScreenResult unknown(String reason) {
        return new ScreenResult(Verdict.UNKNOWN, reason, Double.NaN);
    }
}
