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
import org.matforge.commons.io.FileAccessException;
import org.matforge.commons.io.FileRoots;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/**
 * The user's own table in a CSV or JSON file (optionally gzip-compressed). Parameters:
 * <ul>
 * <li>{@code path} (required): the file; relative paths resolve against the process's working directory; it must lie
 * inside the allowed folders ({@link FileRoots}) once {@code ..} and links are resolved;</li>
 * <li>{@code format}: {@code csv} or {@code json}; default from the name ({@code .json}, {@code .json.gz} → json,
 * otherwise csv);</li>
 * <li>{@code formulaColumn}: the column of formulas, default {@code formula}; it is named {@code formula} in the
 * table;</li>
 * <li>{@code numericColumns}: columns that must hold numbers (a cell that is not makes its row broken);</li>
 * <li>{@code onBadRow}: {@code fail} (default), {@code flag} or {@code skip}, see {@link BadRowPolicy}.</li>
 * </ul>
 */
public final class FileSource implements DataSource {
    /** The parameters of data source {@code file}. */
    public static final ParameterSchema SCHEMA = ParameterSchema.of(
            text("path", null, "the CSV or JSON file (`.gz` read transparently)").required(),
            choice("format", null, List.of("csv", "json"), "the file's format; default: from its name (`.json`, `.json.gz` → json, else csv)"),
            text("formulaColumn", "formula", "the column holding formulas"),
            texts("numericColumns", "columns that must hold numbers (a cell that is not makes its row broken)"),
            choice("onBadRow", "fail", List.of("fail", "flag", "skip"), "what a broken row does: fail the load, flag it, or skip it"));

    /**
     * @return the table
     * @throws DataSourceException naming the file (and line) when it cannot be read
     * @throws IllegalArgumentException naming the parameter when the parameters are wrong
     */
    public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
        parameters.requireOnly("file", Set.of("path", "format", "formulaColumn", "numericColumns", "onBadRow"));
        Path path = Path.of(parameters.requireString("path"));
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String format = parameters.string("format").map(f -> f.trim().toLowerCase(Locale.ROOT))
                .orElse(lower.endsWith(".json") || lower.endsWith(".json.gz") ? "json" : "csv");
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("parameter 'format' must be csv or json, got \"" + format + "\"");
        }
        String formulaColumn = parameters.string("formulaColumn").orElse("formula");
        Set<String> numeric = new LinkedHashSet<>(parameters.strings("numericColumns"));
        BadRowPolicy policy = parameters.string("onBadRow").map(BadRowPolicy::parse).orElse(BadRowPolicy.FAIL);

        TableAssembler rows = new TableAssembler(name);
        context.progress(0, "reading " + path);
        try (Reader reader = open(allowed(path))) {
            if (format.equals("json")) {
                JsonTables.read(reader, name, rows, context);
            } else {
                CsvTables.read(reader, name, rows, context);
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
