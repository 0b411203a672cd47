package org.matforge.datasources.internal.command;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matforge.api.data.ParameterProblem;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.api.text.Excerpt;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.CommandFiles;
import org.matforge.commons.cli.Terminal;
import org.matforge.commons.io.AtomicOutput;
import org.matforge.commons.table.RowWriter;
import org.matforge.commons.table.TableFiles;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code data --source matbench --dataset expt_gap [--output gaps.csv]}: loads a table through any data source —
 * to look at it (rows, columns, range of each numeric column), to export it (CSV, TSV, JSON lines or Parquet, by the
 * output's extension), or to fetch a matbench set into
 * the cache ahead of an offline run. Options become the source's parameters: {@code --dataset}, {@code --path},
 * {@code --format}, {@code --formula-column}, {@code --numeric-columns a,b}, {@code --on-bad-row},
 * {@code --folder}, {@code --cache-folder}, {@code --download}, {@code --url}, {@code --sha256}.
 */
public final class DataCommand {
    /** What the command does, in one line. */
    public static final String SUMMARY = "load a data set (builtin, file, matbench): summarise it, export it (CSV, TSV, JSON lines or Parquet, by extension) or fetch it into the cache";
    private static final Map<String, String> PARAMETERS = Map.ofEntries(Map.entry("dataset", "dataset"), Map.entry("path", "path"),
            Map.entry("format", "format"), Map.entry("formula-column", "formulaColumn"), Map.entry("numeric-columns", "numericColumns"),
            Map.entry("on-bad-row", "onBadRow"), Map.entry("folder", "folder"), Map.entry("cache-folder", "cacheFolder"),
            Map.entry("download", "download"), Map.entry("url", "url"), Map.entry("sha256", "sha256"));

    private final Function<String, DataSource> lookup;
    private final Collection<String> knownIds;
    private final PrintStream terminal;

    /**
     * @param lookup   data-source id → service, null when unknown
     * @param knownIds the ids available, for messages
     * @param terminal where progress and log lines go (stderr)
     */
    public DataCommand(Function<String, DataSource> lookup, Collection<String> knownIds, PrintStream terminal) {
        this.lookup = lookup;
        this.knownIds = knownIds;
        this.terminal = terminal;
    }

    /**
     * @return a summary: rows, source, and per column its kind and range
     * @throws IllegalArgumentException with a one-line message on wrong options, an unknown source or unreadable data
     * @throws IOException when the output cannot be written
     */
    public String run(String... args) throws IOException {
        return Cli.run(new Options(), args, this::data);
    }

    /** The command line; every option but --source and --output is a parameter of the source. */
    @Command(name = "data", description = SUMMARY, footerHeading = "%nExamples:%n",
            footer = {"  data --source builtin --dataset expt-gap --output gaps.csv",
                    "  data --source matbench --dataset expt_gap --folder ../shared/data/matbench",
                    "  data --source file --path measured.csv --formula-column composition --numeric-columns band_gap"})
    static final class Options {
        @Option(names = "--source", required = true, paramLabel = "ID", description = "data source: builtin, file, matbench, ... (see: plugins)")
        String source;
        @Option(names = "--output", paramLabel = "FILE", description = "also write the table to this CSV file")
        Path output;
        @Option(names = "--dataset", paramLabel = "NAME", description = "data set of the source, e.g. expt-gap (builtin) or expt_gap (matbench)")
        String dataset;
        @Option(names = "--path", paramLabel = "FILE", description = "the file to read (source file)")
        String path;
        @Option(names = "--format", paramLabel = "FORMAT", description = "the file's format (source file)")
        String format;
        @Option(names = "--formula-column", paramLabel = "COLUMN", description = "the formula column (source file)")
        String formulaColumn;
        @Option(names = "--numeric-columns", paramLabel = "A,B", description = "numeric columns, comma-separated (source file)")
        String numericColumns;
        @Option(names = "--on-bad-row", paramLabel = "POLICY", description = "what to do with an unreadable row (source file)")
        String onBadRow;
        @Option(names = "--folder", paramLabel = "DIR", description = "folder holding the matbench files (source matbench)")
        String folder;
        @Option(names = "--cache-folder", paramLabel = "DIR", description = "where downloaded matbench files are kept (source matbench)")
        String cacheFolder;
        @Option(names = "--download", paramLabel = "true|false", description = "whether a missing matbench file may be downloaded (source matbench)")
        String download;
        @Option(names = "--url", paramLabel = "URL", description = "where to download the data set from (source matbench)")
        String url;
        @Option(names = "--sha256", paramLabel = "HEX", description = "expected SHA-256 of the download (source matbench)")
        String sha256;

        /** @return the given source parameters by their names */
        Map<String, Object> parameters() {
            Map<String, Object> p = new LinkedHashMap<>();
            put(p, "dataset", dataset);
            put(p, "path", path);
            put(p, "format", format);
            put(p, "formulaColumn", formulaColumn);
            if (numericColumns != null) {
                p.put("numericColumns", Arrays.asList(numericColumns.split(",")));
            }
            put(p, "onBadRow", onBadRow);
            put(p, "folder", folder);
            put(p, "cacheFolder", cacheFolder);
            put(p, "download", download);
            put(p, "url", url);
            put(p, "sha256", sha256);
            return p;
        }

        private static void put(Map<String, Object> p, String key, String value) {
            if (value != null) {
                p.put(key, value);
            }
        }
    }

    private String data(Options options) throws IOException {
        String id = options.source;
        DataSource source = lookup.apply(id);
        if (source == null) {
            throw new IllegalArgumentException("data: no data source '" + id + "'; available: " + String.join(", ", new TreeSet<>(knownIds)));
        }
        Map<String, Object> parameters = options.parameters();
        checkParameters(source, id, parameters);
        Path target = null;
        if (options.output != null) {
            CommandFiles files = CommandFiles.of("data");
            String path = options.path;
            Path input = path == null || !Files.exists(Path.of(path)) ? null : files.input(Path.of(path), "--path file");
            target = files.output(options.output, "output file", input);
        }
        TerminalContext context = new TerminalContext(terminal, Terminal.controlCodes());
        long start = System.nanoTime();
        Table table;
        try {
            table = source.load(Parameters.of(parameters), context);
        } catch (DataSourceException e) {
            throw new IllegalArgumentException("data: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("data: " + e.getMessage());
        } finally {
            context.endLine();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (target != null) {
            write(table, target);
        }
        return summary(id, parameters, table, seconds) + (target == null ? "" : "\nwritten to " + target);
    }

    /** @throws IllegalArgumentException naming each option whose value the source's declared parameters refuse */
    private static void checkParameters(DataSource source, String id, Map<String, Object> parameters) {
        List<ParameterProblem> problems = source.parameters().check(Parameters.of(parameters), "data source '" + id + "'");
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("data: " + problems.stream().map(p -> option(p.parameter()) + " " + p.message())
                    .collect(Collectors.joining("; ")));
        }
    }

    /** @return the command-line option of a source parameter, e.g. {@code --formula-column} for {@code formulaColumn} */
    private static String option(String parameter) {
        return "--" + PARAMETERS.entrySet().stream().filter(e -> e.getValue().equals(parameter)).map(Map.Entry::getKey).findFirst()
                .orElse(parameter);
    }

    private static void write(Table table, Path file) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file)) {
            RowWriter csv = TableFiles.create(file, out.stream());
            List<String> columns = table.columnNames();
            csv.write(columns);
            String[] row = new String[columns.size()];
            for (int r = 0; r < table.rowCount(); r++) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = table.text(r, columns.get(c));
                }
                csv.write(row);
            }
            csv.close();
            out.commit();
        }
    }

    private static String number(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String summary(String id, Map<String, Object> parameters, Table table, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append("loaded ").append(table.rowCount()).append(" rows from ").append(id).append(' ').append(parameters)
                .append(" in ").append(number(seconds)).append(" s");
        for (String column : table.columnNames()) {
            sb.append("\n  ").append(column);
            if (table.isNumeric(column)) {
                double[] v = Arrays.stream(table.doubles(column)).filter(d -> !Double.isNaN(d)).sorted().toArray();
                sb.append(v.length == 0 ? "  numeric, all missing" : "  numeric, " + v.length + " values, min " + number(v[0])
                        + ", median " + number(v[v.length / 2]) + ", max " + number(v[v.length - 1]));
            } else {
                sb.append("  text, e.g. ").append(Excerpt.of(table.rowCount() == 0 ? "" : table.text(0, column)));
            }
        }
        return sb.toString();
    }
}
