package org.matforge.commons.preprocess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matforge.api.chem.Composition;

/**
 * Builds a {@link DataQualityReport}: unreadable formulas and unusable targets; conflicting duplicates (rows of
 * the same material, see {@link Deduplication#key(Composition)}, whose targets differ by more than a tolerance);
 * outliers by robust z-score (median/MAD, {@link RobustStatistics#robustZ(double[])}) on the target and on each
 * feature column.
 *
 * @param conflictTolerance duplicates whose targets spread by more than this are conflicts (target units)
 * @param outlierThreshold  |robust z| above this is an outlier; 3.5 is Iglewicz and Hoaglin's recommendation
 */
public record DataQuality(double conflictTolerance, double outlierThreshold) {
    /** Iglewicz and Hoaglin's cut for the modified z-score. */
    public static final double DEFAULT_OUTLIER_THRESHOLD = 3.5;

    /** Validates. */
    public DataQuality {
        if (!(conflictTolerance >= 0) || !(outlierThreshold > 0)) {
            throw new IllegalArgumentException("conflict tolerance must be >= 0 and outlier threshold > 0, got "
                    + conflictTolerance + " and " + outlierThreshold);
        }
    }

    /**
     * @param formulas      the formula column
     * @param targets       one target per row (NaN = missing)
     * @param featureLabels feature column labels, or an empty list
     * @param features      row-major features, {@code featureLabels.size()} per row, or null; NaN cells are skipped
     * @return the report
     */
    public DataQualityReport check(List<String> formulas, double[] targets, List<String> featureLabels, double[] features) {
        int n = formulas.size();
        if (targets.length != n) {
            throw new IllegalArgumentException(n + " formulas but " + targets.length + " targets");
        }
        int width = featureLabels.size();
        if (features != null && features.length != (long) n * width) {
            throw new IllegalArgumentException(features.length + " feature values are not " + n + " rows of " + width + " columns");
        }
        CleanedFormulas cleaned = FormulaCleaning.clean(formulas);
        List<RowProblem> unusable = new ArrayList<>(cleaned.problems());
        for (int r = 0; r < n; r++) {
            if (cleaned.compositions().get(r) != null && !Double.isFinite(targets[r])) {
                unusable.add(new RowProblem(r, formulas.get(r), "target is missing or not a finite number (" + targets[r] + ")"));
            }
        }
        unusable.sort((a, b) -> Integer.compare(a.row(), b.row()));
        boolean[] usable = new boolean[n];
        for (int r = 0; r < n; r++) {
            usable[r] = cleaned.compositions().get(r) != null && Double.isFinite(targets[r]);
        }
        List<DataQualityReport.Conflict> conflicts = conflicts(cleaned.compositions(), targets, usable);
        List<DataQualityReport.Outlier> targetOutliers = outliers(formulas, "target", column(targets, 1, 0, usable), usable);
        List<DataQualityReport.Outlier> featureOutliers = new ArrayList<>();
        if (features != null) {
            for (int c = 0; c < width; c++) {
                featureOutliers.addAll(outliers(formulas, featureLabels.get(c), column(features, width, c, usable), usable));
            }
        }
        return new DataQualityReport(n, unusable, conflicts, targetOutliers, featureOutliers);
    }

    private List<DataQualityReport.Conflict> conflicts(List<Composition> compositions, double[] targets, boolean[] usable) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < targets.length; r++) {
            if (usable[r]) {
                groups.computeIfAbsent(Deduplication.key(compositions.get(r)), k -> new ArrayList<>()).add(r);
            }
        }
        List<DataQualityReport.Conflict> conflicts = new ArrayList<>();
        for (List<Integer> rows : groups.values()) {
            if (rows.size() < 2) {
                continue;
            }
            double[] values = rows.stream().mapToDouble(r -> targets[r]).toArray();
            double spread = java.util.Arrays.stream(values).max().getAsDouble() - java.util.Arrays.stream(values).min().getAsDouble();
            if (spread > conflictTolerance) {
                conflicts.add(new DataQualityReport.Conflict(compositions.get(rows.get(0)).reducedFormula(),
                        rows.stream().mapToInt(Integer::intValue).toArray(), values, spread));
            }
        }
        return conflicts;
    }

    /** Column {@code c} of row-major {@code data}, NaN where the row is unusable. */
    private static double[] column(double[] data, int width, int c, boolean[] usable) {
        double[] column = new double[usable.length];
        for (int r = 0; r < usable.length; r++) {
            column[r] = usable[r] ? data[r * width + c] : Double.NaN;
        }
        return column;
    }

    private List<DataQualityReport.Outlier> outliers(List<String> formulas, String label, double[] values, boolean[] usable) {
        double[] z = RobustStatistics.robustZ(values);
        List<DataQualityReport.Outlier> outliers = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            if (usable[r] && Math.abs(z[r]) > outlierThreshold) {
                outliers.add(new DataQualityReport.Outlier(r, formulas.get(r), label, values[r], z[r]));
            }
        }
        return outliers;
    }
}
