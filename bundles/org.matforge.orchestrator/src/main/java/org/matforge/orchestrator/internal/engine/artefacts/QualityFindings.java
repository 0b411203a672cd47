package org.matforge.orchestrator.internal.engine.artefacts;

import java.util.List;

/**
 * What a clean step's data-quality check found and what it did about it.
 *
 * @param step              the clean step
 * @param file              the CSV listing every entry, relative to the run folder (empty until written)
 * @param rows              rows examined
 * @param conflictTolerance targets of one material spreading by more than this conflict
 * @param outlierZ          |robust z| above this is an outlier
 * @param outliers          the outlier handling: keep, drop or flag
 * @param duplicates        the duplicate handling: an aggregate or drop
 * @param entries           every listed row, by kind (unusable, conflict, outlier) then row
 */
public record QualityFindings(String step, String file, int rows, double conflictTolerance, double outlierZ, String outliers, String duplicates,
        List<Entry> entries) {
    /** Unusable rows: unreadable formula, flagged by the data source, or a missing target. */
    public static final String UNUSABLE = "unusable";
    /** Rows of a material whose targets disagree beyond the tolerance. */
    public static final String CONFLICT = "conflict";
    /** Rows whose target is far from the median by robust z-score. */
    public static final String OUTLIER = "outlier";

    /** Copies the list. */
    public QualityFindings {
        entries = List.copyOf(entries);
    }

    /**
     * One listed row.
     *
     * @param kind     {@link #UNUSABLE}, {@link #CONFLICT} or {@link #OUTLIER}
     * @param row      1-based data row of the input table (header not counted)
     * @param formula  the row's formula text
     * @param column   the column concerned (the formula column or a target)
     * @param value    the value concerned, as text
     * @param reason   why it is listed
     * @param handling what the clean step did: dropped, merged (…), kept or flagged
     */
    public record Entry(String kind, int row, String formula, String column, String value, String reason, String handling) {
    }

    /** @return the entries of one kind */
    public List<Entry> of(String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    /** @return the same findings with the file they were written to */
    public QualityFindings writtenTo(String path) {
        return new QualityFindings(step, path, rows, conflictTolerance, outlierZ, outliers, duplicates, entries);
    }
}
