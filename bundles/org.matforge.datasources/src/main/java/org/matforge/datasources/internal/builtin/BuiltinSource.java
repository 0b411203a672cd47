package org.matforge.datasources.internal.builtin;

import static org.matforge.api.data.ParameterSpec.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

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
 * The datasets of the installed data bundles ({@link DataShelf}; a bundle's {@value DataBundles#HEADER} manifest header
 * lists them), so a workflow runs offline on real published data. Parameter {@code dataset}: a dataset id
 * ({@code expt-gap}; {@code expt_gap} is read as {@code expt-gap}), or {@value #KNOWN_COMPOUNDS}: every composition of
 * every installed dataset, columns {@code formula} and {@code dataset} (which one holds it). A dataset's table has its
 * file's columns ({@code formula} first; numeric columns detected); its provenance is the file's {@code #} lines
 * ({@link #header(String)}).
 */
public final class BuiltinSource implements DataSource {
    /** The dataset of every composition of every installed data bundle. */
    public static final String KNOWN_COMPOUNDS = "known-compounds";
    /** The default dataset. */
    public static final String DEFAULT_DATASET = "expt-gap";

    /** The parameters of data source {@code builtin}. */
    public static final ParameterSchema SCHEMA = ParameterSchema.of(
            text("dataset", DEFAULT_DATASET, "a dataset of an installed data bundle (`expt-gap`, `mp-e-form` with the shipped one), or `known-compounds`: every composition of all of them"));

    private final DataShelf shelf;
    private final Map<String, Table> cache = new HashMap<>();
    private long cachedGeneration = -1;

    /** @param shelf the datasets of the installed data bundles */
    public BuiltinSource(DataShelf shelf) {
        this.shelf = shelf;
    }

    /** @return the shelf it serves */
    public DataShelf shelf() {
        return shelf;
    }

    /**
     * @return the dataset as a table
     * @throws DataSourceException when a shipped file cannot be read (a packaging error), naming bundle and file
     */
    @Override
    public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
        parameters.requireOnly("builtin", Set.of("dataset"));
        String id = parameters.string("dataset").orElse(DEFAULT_DATASET).trim().replace('_', '-');
        Map<String, ShippedDataset> datasets = shelf.datasets();
        if (id.equals(KNOWN_COMPOUNDS)) {
            return knownCompounds(datasets, context);
        }
        ShippedDataset d = datasets.get(id);
        if (d == null) {
            String retired = id.equals("band-gaps") || id.equals("band-gap")
                    ? " (the hand-compiled band-gaps set was retired: use expt-gap, the 4,604 Matbench experimental gaps)" : "";
            throw new IllegalArgumentException("parameter 'dataset': no dataset '" + parameters.string("dataset").orElse("")
                    + "' in the installed data bundles" + retired + "; known: " + known(datasets));
        }
        Table t = table(d, context);
        context.progress(1, "builtin " + id + ": " + t.rowCount() + " rows from " + d.where());
        return t;
    }

    /** @return the {@code #} lines of a dataset's file: what it is, its source, licence and citation */
    public String header(String id) throws DataSourceException {
        ShippedDataset d = shelf.datasets().get(id);
        if (d == null) {
            throw new IllegalArgumentException("no dataset '" + id + "' in the installed data bundles; known: " + known(shelf.datasets()));
        }
        StringBuilder sb = new StringBuilder();
        for (String line : read(d).split("\n")) {
            if (line.startsWith("#")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private synchronized Table table(ShippedDataset d, TaskContext context) throws DataSourceException {
        if (cachedGeneration != shelf.generation()) {
            cache.clear();
            cachedGeneration = shelf.generation();
        }
        Table t = cache.get(d.id());
        if (t == null) {
            TableAssembler rows = new TableAssembler(d.where());
            // the # lines become blank lines (skipped by the reader, so line numbers stay right): free text, not CSV
            String body = read(d).replaceAll("(?m)^#.*$", "");
            CsvTables.read(new StringReader(body), d.where(), rows, context);
            t = rows.build("formula", Set.of(), BadRowPolicy.FAIL, context);
            cache.put(d.id(), t);
        }
        return t;
    }

    private Table knownCompounds(Map<String, ShippedDataset> datasets, TaskContext context) throws DataSourceException {
        List<String> formulas = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (ShippedDataset d : datasets.values()) {
            context.checkCancelled();
            for (String f : table(d, context).strings("formula")) {
                formulas.add(f);
                origins.add(d.id());
            }
        }
        context.progress(1, "builtin known-compounds: " + formulas.size() + " compositions from " + datasets.keySet());
        return Table.builder(formulas.size()).text("formula", formulas.toArray(String[]::new))
                .text("dataset", origins.toArray(String[]::new)).build();
    }

    private static String known(Map<String, ShippedDataset> datasets) {
        List<String> ids = new ArrayList<>(datasets.keySet());
        ids.add(KNOWN_COMPOUNDS);
        return datasets.isEmpty() ? "none (no data bundle is installed; " + KNOWN_COMPOUNDS + " is empty)" : String.join(", ", ids);
    }

    private static String read(ShippedDataset d) throws DataSourceException {
        try (InputStream raw = d.file().open(); InputStream in = d.path().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataSourceException("cannot read dataset '" + d.id() + "' (" + d.where() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }
}
