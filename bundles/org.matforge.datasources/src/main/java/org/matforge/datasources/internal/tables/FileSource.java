package org.matforge.datasources.internal.tables;

import static org.matforge.api.data.ParameterSpec.choice;
import static org.matforge.api.data.ParameterSpec.text;
import static org.matforge.api.data.ParameterSpec.texts;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.io.FileAccessException;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.table.JsonLinesReader;
import org.matforge.commons.table.RowReader;
import org.matforge.commons.table.TableFiles;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/**
 * The user's own table in a CSV, TSV, JSON, JSON lines (each optionally gzip-compressed) or Parquet file. Parameters:
 * <ul>
 * <li>{@code path} (required): the file; relative paths resolve against the process's working directory; it must lie
 * inside the allowed folders ({@link FileRoots}) once {@code ..} and links are resolved;</li>
 * <li>{@code format}: {@code csv}, {@code tsv}, {@code json}, {@code jsonl} or {@code parquet}; default from the name
 * ({@code .json} → json, {@code .jsonl}/{@code .ndjson} → jsonl, {@code .tsv} → tsv, {@code .parquet} → parquet, each
 * also with {@code .gz} but parquet; otherwise csv);</li>
 * <li>{@code delimiter}: a CSV file's field delimiter ({@code ,}, {@code ;} or {@code tab}); default: detected
 * from the header line ({@code ,}, {@code ;} or tab);</li>
 * <li>{@code formulaColumn}: the column of formulas, default {@code formula}; it is named {@code formula} in the
 * table;</li>
 * <li>{@code numericColumns}: columns that must hold numbers (a cell that is not makes its row broken);</li>
 * <li>{@code onBadRow}: {@code fail} (default), {@code flag} or {@code skip}, see {@link BadRowPolicy}.</li>
 * </ul>
 */
public final class FileSource implements DataSource {
    private static final List<String> FORMATS = List.of("csv", "tsv", "json", "jsonl", "parquet");

    /** The parameters of data source {@code file}. */
    public static final ParameterSchema SCHEMA = ParameterSchema.of(
            text("path", null, "the CSV, TSV, JSON, JSON lines or Parquet file (`.gz` read transparently, but Parquet)").required(),
            choice("format", null, FORMATS, "the file's format; default: from its name (`.json` → json, `.jsonl` → jsonl, `.tsv` → tsv,"
                    + " `.parquet` → parquet, each also with `.gz`; else csv)"),
            choice("delimiter", null, List.of(",", ";", "tab"), "a CSV file's field delimiter; default: detected from the header line (`,`, `;` or tab)"),
            text("formulaColumn", "formula", "the column holding formulas"),
            texts("numericColumns", "columns that must hold numbers (a cell that is not makes its row broken)"),
            choice("onBadRow", "fail", List.of("fail", "flag", "skip"), "what a broken row does: fail the load, flag it, or skip it"));

    /**
     * @return the table
     * @throws DataSourceException naming the file (and line) when it cannot be read
     * @throws IllegalArgumentException naming the parameter when the parameters are wrong
     */
    public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
        parameters.requireOnly("file", Set.of("path", "format", "delimiter", "formulaColumn", "numericColumns", "onBadRow"));
        Path path = Path.of(parameters.requireString("path"));
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String format = parameters.string("format").map(f -> f.trim().toLowerCase(Locale.ROOT)).orElse(formatOf(lower));
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("parameter 'format' must be one of " + String.join(", ", FORMATS) + ", got \"" + format + "\"");
        }
        Character delimiter = parameters.string("delimiter").map(FileSource::delimiter).orElse(format.equals("tsv") ? '\t' : null);
        String formulaColumn = parameters.string("formulaColumn").orElse("formula");
        Set<String> numeric = new LinkedHashSet<>(parameters.strings("numericColumns"));
        BadRowPolicy policy = parameters.string("onBadRow").map(BadRowPolicy::parse).orElse(BadRowPolicy.FAIL);

        TableAssembler rows = new TableAssembler(name);
        context.progress(0, "reading " + path);
        try {
            Path file = allowed(path);
            if (format.equals("parquet")) {
                try (RowReader parquet = TableFiles.open(file)) {
                    CsvTables.read(parquet, name, rows, context);
                }
            } else {
                try (Reader reader = open(file)) {
                    switch (format) {
                        case "json" -> JsonTables.read(reader, name, rows, context);
                        case "jsonl" -> CsvTables.read(new JsonLinesReader(reader, null), name, rows, context);
                        default -> CsvTables.read(CsvReader.of(reader, delimiter), name, rows, context);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new DataSourceException("parameter 'path': no such file " + path.toAbsolutePath());
        } catch (IOException e) {
            throw new DataSourceException("parameter 'path': cannot read " + path.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        Table table = rows.build(formulaColumn, numeric, policy, context);
        context.progress(1, name + ": " + table.rowCount() + " rows, columns " + table.columnNames());
        return table;
    }

    private static String formatOf(String lowerName) {
        String name = lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
        return name.endsWith(".json") ? "json" : name.endsWith(".jsonl") || name.endsWith(".ndjson") ? "jsonl" : name.endsWith(".tsv") ? "tsv"
                : name.endsWith(".parquet") ? "parquet" : "csv";
    }

    private static char delimiter(String given) {
        return switch (given) {
            case ",", ";" -> given.charAt(0);
            case "tab", "\t" -> '\t';
            default -> throw new IllegalArgumentException("parameter 'delimiter' must be one of , ; tab, got \"" + given + "\"");
        };
    }

    /** @return the file's real path, when it lies inside the allowed folders ({@link FileRoots#current()}) */
    private static Path allowed(Path path) throws IOException, DataSourceException {
        try {
            if (!Files.exists(path)) {
                FileRoots.current().folder(path, "parameter 'path'"); // outside the roots: say so, rather than whether it exists
                throw new NoSuchFileException(path.toString());
            }
            return FileRoots.current().readable(path, "parameter 'path'");
        } catch (FileAccessException e) {
            throw new DataSourceException(e.getMessage());
        }
    }

    private static Reader open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException("it is a folder");
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        if (path.toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }
}
