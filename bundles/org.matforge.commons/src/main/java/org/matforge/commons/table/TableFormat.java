package org.matforge.commons.table;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of tables that MatForge reads and writes, chosen by the file name's extension. */
public enum TableFormat {
    /** Comma-separated values ({@code .csv}, and any other name); reading detects {@code ,}, {@code ;} or tab. */
    CSV("csv"),
    /** Tab-separated values ({@code .tsv}, {@code .tab}). */
    TSV("tsv"),
    /** JSON lines ({@code .jsonl}, {@code .ndjson}): one JSON object per line, numbers as JSON numbers. */
    JSONL("jsonl"),
    /** Apache Parquet ({@code .parquet}): columns of whole numbers, numbers or text, for pandas, Spark, DuckDB. */
    PARQUET("parquet");

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    /** @return the usual file extension, without the dot */
    public String extension() {
        return extension;
    }

    /**
     * @param file a table file
     * @return its format by extension: {@code .parquet}, {@code .jsonl}/{@code .ndjson}, {@code .tsv}/{@code .tab},
     *         otherwise CSV
     */
    public static TableFormat of(Path file) {
        Path name = file.getFileName();
        String lower = (name == null ? file.toString() : name.toString()).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet") || lower.endsWith(".pq")) {
            return PARQUET;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return JSONL;
        }
        if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
            return TSV;
        }
        return CSV;
    }
}
