package org.matforge.orchestrator.internal.engine.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Table;
import org.matforge.commons.preprocess.Aggregate;
import org.matforge.commons.preprocess.CleanedFormulas;
import org.matforge.commons.preprocess.DataQuality;
import org.matforge.commons.preprocess.DataQualityReport;
import org.matforge.commons.preprocess.DeduplicatedRows;
import org.matforge.commons.preprocess.Deduplication;
import org.matforge.commons.preprocess.FormulaCleaning;
import org.matforge.commons.preprocess.RowProblem;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.engine.artefacts.Dataset;
import org.matforge.orchestrator.internal.engine.artefacts.QualityFindings;

/**
 * Cleans a table for learning with the commons preprocessing, checking its data quality on the way: formulas that
 * do not parse, rows a data source flagged as broken ({@code row_error}) and rows missing a target are unusable and
 * dropped; per target, conflicting duplicates (one material whose targets spread by more than a tolerance) and
 * outliers (robust z-score beyond a threshold, {@link DataQuality}) are listed. Outliers are kept, dropped, or kept
 * and flagged in a {@value #FLAG} column. Rows of the same material (reduced formula) are merged — targets combined
 * by {@code mean}, {@code median}, {@code first}, {@code max} or {@code min} — or, with {@code drop}, every
 * duplicated material is left out. The output holds the reduced formula and the targets, one row per material, and
 * every listed row with its reason and handling.
 */
public final class Cleaning {
    /** The column a data source's {@code onBadRow=flag} adds. */
    static final String ROW_ERROR = "row_error";
    /** The column {@code outliers: flag} adds: why a material's rows were outliers, empty otherwise. */
    static final String FLAG = "quality_flag";
    private static final int REPORTED = 5;

    private final String formulaColumn;
    private final List<String> targets;
    private final String duplicates;
    private final double conflictTolerance;
    private final double outlierZ;
    private final String outliers;

    /** Cleaning with the default checks: any disagreement of duplicates is a conflict, outliers beyond |z| 3.5 are kept. */
    public Cleaning(String formulaColumn, List<String> targets, String duplicates) {
        this(formulaColumn, targets, duplicates, 0, DataQuality.DEFAULT_OUTLIER_THRESHOLD, "keep");
    }

    /**
     * @param formulaColumn     the formula column
     * @param targets           numeric columns to keep (rows missing any of them are dropped)
     * @param duplicates        an {@link Aggregate} name, or {@code drop}
     * @param conflictTolerance duplicates whose targets spread by more than this are listed as conflicts
     * @param outlierZ          rows whose target has |robust z| above this are listed as outliers
     * @param outliers          {@code keep}, {@code drop} or {@code flag}
     */
    public Cleaning(String formulaColumn, List<String> targets, String duplicates, double conflictTolerance, double outlierZ, String outliers) {
        if (!List.of("keep", "drop", "flag").contains(outliers)) {
            throw new IllegalArgumentException("outliers must be keep, drop or flag, got " + outliers);
        }
        this.formulaColumn = formulaColumn;
        this.targets = List.copyOf(targets);
        this.duplicates = duplicates;
        this.conflictTolerance = conflictTolerance;
        this.outlierZ = outlierZ;
        this.outliers = outliers;
    }

    /**
     * @param table the raw table
     * @param log   receives one line per kind of dropped or listed row
     * @return the cleaned table and its compositions
     * @throws StepException when a named column is missing or holds text
     */
    public Dataset clean(Table table, Consumer<String> log) throws StepException {
        return clean(table, "clean", log);
    }

    /**
     * @param step the clean step's name, for the findings
     * @return the cleaned table with its data-quality findings
     * @throws StepException when a named column is missing or holds text
     */
    public Dataset clean(Table table, String step, Consumer<String> log) throws StepException {
        if (!table.hasColumn(formulaColumn)) {
            throw new StepException("no formula column '" + formulaColumn + "'; columns are " + table.columnNames() + " — set \"formulaColumn\"");
        }
        double[][] values = new double[targets.size()][];
        for (int t = 0; t < targets.size(); t++) {
            String name = targets.get(t);
            if (!table.hasColumn(name)) {
                throw new StepException("no target column '" + name + "'; columns are " + table.columnNames());
            }
            if (!table.isNumeric(name)) {
                throw new StepException("target column '" + name + "' holds text, not numbers");
            }
            values[t] = table.doubles(name);
        }
        List<String> formulas = Arrays.asList(table.strings(formulaColumn));
        List<QualityFindings.Entry> entries = new ArrayList<>();
        CleanedFormulas cleaned = FormulaCleaning.clean(formulas);
        for (RowProblem p : cleaned.problems()) {
            entries.add(new QualityFindings.Entry(QualityFindings.UNUSABLE, p.row() + 1, p.formula(), formulaColumn, p.formula(), p.reason(), "dropped"));
        }
        if (!cleaned.problems().isEmpty()) {
            log.accept("dropped " + cleaned.problems().size() + " rows with unreadable formulas, e.g. "
                    + String.join("; ", cleaned.problems().stream().limit(REPORTED).map(RowProblem::toString).toList()));
        }
        List<Composition> compositions = new ArrayList<>(cleaned.compositions());
        int flagged = 0;
        int missing = 0;
        String[] errors = table.hasColumn(ROW_ERROR) ? table.strings(ROW_ERROR) : null;
        for (int r = 0; r < compositions.size(); r++) {
            if (compositions.get(r) == null) {
                continue;
            }
            if (errors != null && errors[r] != null && !errors[r].isBlank()) {
                compositions.set(r, null);
                entries.add(new QualityFindings.Entry(QualityFindings.UNUSABLE, r + 1, formulas.get(r), ROW_ERROR, errors[r],
                        "the data source flagged the row: " + errors[r], "dropped"));
                flagged++;
            } else if (anyMissing(values, r)) {
                compositions.set(r, null);
                int column = firstMissing(values, r);
                entries.add(new QualityFindings.Entry(QualityFindings.UNUSABLE, r + 1, formulas.get(r), targets.get(column), "",
                        "no value of " + targets.get(column), "dropped"));
                missing++;
            }
        }
        if (flagged > 0) {
            log.accept("dropped " + flagged + " rows the data source flagged as broken (column " + ROW_ERROR + ")");
        }
        if (missing > 0) {
            log.accept("dropped " + missing + " rows missing a value of " + targets);
        }
        String[] flags = new String[compositions.size()];
        checkQuality(formulas, compositions, values, entries, flags, log);
        entries.sort(Comparator.comparing((QualityFindings.Entry e) -> kindOrder(e.kind())).thenComparingInt(QualityFindings.Entry::row));
        QualityFindings findings = new QualityFindings(step, "", table.rowCount(), conflictTolerance, outlierZ, outliers, duplicates, entries);
        return merge(compositions, values, flags, log).withQuality(findings);
    }

    /** Lists conflicts and outliers per target among the usable rows; drops or flags outliers as asked. */
    private void checkQuality(List<String> formulas, List<Composition> compositions, double[][] values, List<QualityFindings.Entry> entries,
            String[] flags, Consumer<String> log) {
        DataQuality quality = new DataQuality(conflictTolerance, outlierZ);
        List<String> usableFormulas = new ArrayList<>(formulas.size());
        for (int r = 0; r < formulas.size(); r++) {
            usableFormulas.add(compositions.get(r) == null ? "" : formulas.get(r));
        }
        List<Integer> outlierRows = new ArrayList<>();
        String merging = duplicates.equals("drop") ? "dropped (duplicates: drop)"
                : "merged (" + duplicates + " of the material's rows)";
        for (int t = 0; t < values.length; t++) {
            String target = targets.get(t);
            double[] usable = values[t].clone();
            for (int r = 0; r < usable.length; r++) {
                if (compositions.get(r) == null) {
                    usable[r] = Double.NaN;
                }
            }
            DataQualityReport report = quality.check(usableFormulas, usable, List.of(), null);
            for (DataQualityReport.Conflict c : report.conflicts()) {
                String rows = Arrays.stream(c.rows()).mapToObj(r -> Integer.toString(r + 1)).collect(Collectors.joining(", "));
                String reason = String.format(Locale.ROOT, "%s in rows %s: %s spreads by %s, more than the tolerance %s", c.reducedFormula(),
                        rows, target, brief(c.spread()), brief(conflictTolerance));
                for (int k = 0; k < c.rows().length; k++) {
                    entries.add(new QualityFindings.Entry(QualityFindings.CONFLICT, c.rows()[k] + 1, formulas.get(c.rows()[k]), target,
                            number(c.targets()[k]), reason, merging));
                }
            }
            for (DataQualityReport.Outlier o : report.targetOutliers()) {
                String reason = String.format(Locale.ROOT, "%s = %s has robust z-score %.2f, beyond ±%s", target, brief(o.value()), o.robustZ(), brief(outlierZ));
                entries.add(new QualityFindings.Entry(QualityFindings.OUTLIER, o.row() + 1, o.formula(), target, number(o.value()), reason,
                        switch (outliers) {
                            case "drop" -> "dropped";
                            case "flag" -> "kept, flagged in column " + FLAG;
                            default -> "kept";
                        }));
                outlierRows.add(o.row());
                flags[o.row()] = flags[o.row()] == null ? reason : flags[o.row()] + "; " + reason;
            }
            if (!report.conflicts().isEmpty() || !report.targetOutliers().isEmpty()) {
                log.accept(String.format(Locale.ROOT, "%s: %d conflicting duplicates (spread > %s), %s; %d outliers (|robust z| > %s), %s",
                        target, report.conflicts().size(), brief(conflictTolerance), duplicates.equals("drop") ? "dropped" : "merged",
                        report.targetOutliers().size(), brief(outlierZ), outliers.equals("keep") ? "kept" : outliers.equals("drop") ? "dropped" : "flagged"));
            }
        }
        if (outliers.equals("drop")) {
            outlierRows.forEach(r -> compositions.set(r, null));
        }
    }

    private Dataset merge(List<Composition> compositions, double[][] values, String[] flags, Consumer<String> log) {
        boolean drop = duplicates.equals("drop");
        Aggregate aggregate = drop ? Aggregate.FIRST : Aggregate.parse(duplicates);
        double[] first = values.length > 0 ? values[0] : new double[compositions.size()];
        DeduplicatedRows rows = Deduplication.byReducedFormula(compositions, first, aggregate);
        List<Composition> kept = new ArrayList<>();
        List<double[]> merged = new ArrayList<>();
        List<String> flagColumn = new ArrayList<>();
        int duplicated = 0;
        for (int i = 0; i < rows.size(); i++) {
            int[] sources = rows.sourceRows()[i];
            if (sources.length > 1) {
                duplicated++;
                if (drop) {
                    continue;
                }
            }
            double[] row = new double[values.length];
            for (int t = 0; t < values.length; t++) {
                double[] v = new double[sources.length];
                for (int k = 0; k < sources.length; k++) {
                    v[k] = values[t][sources[k]];
                }
                row[t] = aggregate.apply(v);
            }
            kept.add(rows.compositions().get(i));
            merged.add(row);
            flagColumn.add(Arrays.stream(sources).filter(r -> flags[r] != null).mapToObj(r -> "row " + (r + 1) + ": " + flags[r])
                    .collect(Collectors.joining("; ")));
        }
        if (duplicated > 0) {
            log.accept(String.format(Locale.ROOT, "%d materials occur in more than one row: %s", duplicated,
                    drop ? "dropped" : "merged (" + aggregate.name().toLowerCase(Locale.ROOT) + " of their targets)"));
        }
        Table.Builder b = Table.builder(kept.size()).text(formulaColumn, kept.stream().map(Composition::reducedFormula).toList());
        for (int t = 0; t < values.length; t++) {
            double[] column = new double[merged.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = merged.get(r)[t];
            }
            b.numbers(targets.get(t), column);
        }
        if (outliers.equals("flag")) {
            b.text(FLAG, flagColumn);
        }
        Table out = b.build();
        return new Dataset(out, formulaColumn, List.copyOf(kept), Fingerprints.of(out));
    }

    /** @return how many entries of each kind, in report order */
    static Map<String, Integer> counts(QualityFindings findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String kind : List.of(QualityFindings.UNUSABLE, QualityFindings.CONFLICT, QualityFindings.OUTLIER)) {
            counts.put(kind, findings.of(kind).size());
        }
        return counts;
    }

    private static int kindOrder(String kind) {
        return switch (kind) {
            case QualityFindings.UNUSABLE -> 0;
            case QualityFindings.CONFLICT -> 1;
            default -> 2;
        };
    }

    /** @return four significant digits without trailing zeros */
    static String brief(double v) {
        return Double.isFinite(v) ? new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString() : Double.toString(v);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static boolean anyMissing(double[][] values, int row) {
        return firstMissing(values, row) >= 0;
    }

    private static int firstMissing(double[][] values, int row) {
        for (int t = 0; t < values.length; t++) {
            if (!Double.isFinite(values[t][row])) {
                return t;
            }
        }
        return -1;
    }
}
