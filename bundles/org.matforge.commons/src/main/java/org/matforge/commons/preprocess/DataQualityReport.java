package org.matforge.commons.preprocess;

import java.util.List;
import java.util.Locale;

/**
 * What is wrong with a data set before training: unreadable formulas and unusable targets, conflicting duplicates
 * and outliers, each with its row and reason.
 *
 * @param rows            data rows examined
 * @param unusable        rows that cannot be used (unreadable formula, missing or non-numeric target), with reasons
 * @param conflicts       materials listed more than once whose targets disagree beyond the tolerance
 * @param targetOutliers  rows whose target's robust z-score exceeds the threshold
 * @param featureOutliers feature cells whose robust z-score (within their column) exceeds the threshold
 */
public record DataQualityReport(int rows, List<RowProblem> unusable, List<Conflict> conflicts, List<Outlier> targetOutliers,
        List<Outlier> featureOutliers) {

    /**
     * Rows of one material with disagreeing targets.
     *
     * @param reducedFormula the material
     * @param rows           its rows, ascending
     * @param targets        their targets, in the same order
     * @param spread         largest minus smallest target
     */
    public record Conflict(String reducedFormula, int[] rows, double[] targets, double spread) {
        /** Copies. */
        public Conflict {
            rows = rows.clone();
            targets = targets.clone();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: rows %s have targets %s (spread %.6g)", reducedFormula,
                    java.util.Arrays.toString(rows), java.util.Arrays.toString(targets), spread);
        }
    }

    /**
     * A value far from its column's median.
     *
     * @param row      0-based data row
     * @param formula  the row's formula text
     * @param column   the target or feature column
     * @param value    the value
     * @param robustZ  its robust z-score (see {@link RobustStatistics#robustZ(double[])})
     */
    public record Outlier(int row, String formula, String column, double value, double robustZ) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "row %d (%s): %s = %.6g, robust z %.2f", row, formula, column, value, robustZ);
        }
    }

    /** Copies. */
    public DataQualityReport {
        unusable = List.copyOf(unusable);
        conflicts = List.copyOf(conflicts);
        targetOutliers = List.copyOf(targetOutliers);
        featureOutliers = List.copyOf(featureOutliers);
    }

    /** @return whether nothing was found */
    public boolean clean() {
        return unusable.isEmpty() && conflicts.isEmpty() && targetOutliers.isEmpty() && featureOutliers.isEmpty();
    }

    /**
     * @param maxListed at most this many entries listed per section
     * @return a readable multi-line report: counts, then the entries with their reasons
     */
    public String toText(int maxListed) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d rows: %d unusable, %d conflicting duplicates, %d target outliers, %d feature outliers%n",
                rows, unusable.size(), conflicts.size(), targetOutliers.size(), featureOutliers.size()));
        section(sb, "unusable rows", unusable, maxListed);
        section(sb, "conflicting duplicates", conflicts, maxListed);
        section(sb, "target outliers", targetOutliers, maxListed);
        section(sb, "feature outliers", featureOutliers, maxListed);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<?> entries, int maxListed) {
        if (entries.isEmpty()) {
            return;
        }
        sb.append(title).append(':').append(System.lineSeparator());
        for (Object e : entries.subList(0, Math.min(maxListed, entries.size()))) {
            sb.append("  ").append(e).append(System.lineSeparator());
        }
        if (entries.size() > maxListed) {
            sb.append("  ... and ").append(entries.size() - maxListed).append(" more").append(System.lineSeparator());
        }
    }
}
