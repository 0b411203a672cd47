package org.matforge.datasources.internal.builtin;

import static org.matforge.api.data.ParameterSpec.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.datasources.internal.tables.BadRowPolicy;
import org.matforge.datasources.internal.tables.CsvTables;
import org.matforge.datasources.internal.tables.TableAssembler;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/**
 * Datasets shipped inside the bundle, so a workflow runs offline. One so far, {@code band-gaps}
 * ({@code band_gaps.csv} beside this class): experimental band gaps of known inorganic compounds compiled by us
 * from published values, one reference per row. Its header block ({@code #} lines) names the column sources, the
 * licence and the references ({@code # [KEY] citation}). The table has columns {@code formula}, {@code band_gap}
 * (eV), {@code phase}, {@code source} (reference key) and {@code reference} (the full citation).
 * Parameter {@code dataset} (default {@code band-gaps}; {@code band-gap} is accepted too).
 */
public final class BuiltinSource implements DataSource {
    /** The datasets: id → resource beside this class. */
    private static final Map<String, String> DATASETS = Map.of("band-gaps", "band_gaps.csv");
    /** Other names accepted for a dataset. */
    private static final Map<String, String> ALIASES = Map.of("band-gap", "band-gaps", "band_gaps", "band-gaps", "band_gap", "band-gaps");
    private static final Pattern REFERENCE = Pattern.compile("^# \\[(\\w+)\\] (.+)$", Pattern.MULTILINE);

    /** The parameters of data source {@code builtin}. */
    public static final ParameterSchema SCHEMA = ParameterSchema.of(
            text("dataset", "band-gaps", "the shipped dataset: `band-gaps` (also `band-gap`, `band_gaps`)"));

    /**
     * @return the dataset as a table
     * @throws DataSourceException when the shipped file is damaged (a packaging error)
     */
    public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
        parameters.requireOnly("builtin", Set.of("dataset"));
        String name = parameters.string("dataset").orElse("band-gaps").trim();
        String id = ALIASES.getOrDefault(name, name);
        String resource = DATASETS.get(id);
        if (resource == null) {
            throw new IllegalArgumentException("parameter 'dataset': no built-in dataset '" + name + "'; known: " + DATASETS.keySet());
        }
        String text = read(resource);
        Map<String, String> references = new LinkedHashMap<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            references.put(m.group(1), m.group(2).trim());
        }
        TableAssembler rows = new TableAssembler(resource);
        CsvTables.read(new StringReader(text), resource, rows, context);
        Table t = rows.build("formula", Set.of("band_gap"), BadRowPolicy.FAIL, context);
        String[] sources = t.strings("source");
        String[] citations = new String[sources.length];
        for (int i = 0; i < sources.length; i++) {
            citations[i] = references.get(sources[i]);
            if (citations[i] == null) {
                throw new DataSourceException(resource + ": row " + (i + 1) + " cites [" + sources[i] + "], which the header does not define");
            }
        }
        context.progress(1, "built-in " + id + ": " + t.rowCount() + " compounds from " + references.size() + " references");
        return Table.builder(t.rowCount()).text("formula", t.strings("formula")).numbers("band_gap", t.doubles("band_gap"))
                .text("phase", t.strings("phase")).text("source", sources).text("reference", citations).build();
    }

    /** @return the header block of a dataset: provenance, licence and references */
    public String header(String id) throws DataSourceException {
        StringBuilder sb = new StringBuilder();
        for (String line : read(DATASETS.get(id)).split("\n")) {
            if (line.startsWith("#")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String read(String resource) throws DataSourceException {
        try (InputStream in = BuiltinSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataSourceException("built-in dataset file " + resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataSourceException("cannot read built-in dataset file " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }
}
