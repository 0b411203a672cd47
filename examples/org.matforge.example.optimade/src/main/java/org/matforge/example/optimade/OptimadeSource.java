package org.matforge.example.optimade;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A {@link DataSource} over any OPTIMADE 1.x provider's {@code structures} endpoint: sends the filter, follows
 * {@code links.next} page by page until the provider has no more or {@code limit} rows are read, and returns one
 * row per structure — {@value #FORMULA} (the composition, canonical formula), {@value #ID} (the provider's id) and
 * one column per requested attribute (numbers when every present value is a number, else text; missing values NaN
 * or empty). Plain Java: the OSGi component only delegates here.
 */
public class OptimadeSource implements DataSource {
    /** The plug-in id workflows use. */
    public static final String ID_VALUE = "optimade";
    /** Column of the compositions. */
    public static final String FORMULA = "formula";
    /** Column of the provider's entry ids. */
    public static final String ID = "optimade_id";

    @Override
    public ParameterSchema parameters() {
        return OptimadeQuery.SCHEMA;
    }

    @Override
    public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
        OptimadeQuery query = OptimadeQuery.of(parameters);
        OptimadeClient client = new OptimadeClient(query, context);
        List<String> formulas = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<List<Optional<JsonElement>>> values = new ArrayList<>();
        Set<URI> visited = new HashSet<>();
        int skipped = 0;
        URI url = query.firstPage();
        for (int page = 1; url != null && formulas.size() < query.limit(); page++) {
            context.checkCancelled();
            if (!visited.add(url)) {
                throw new DataSourceException("optimade: the provider's links.next points back to " + url + " (a loop)");
            }
            JsonObject response = client.page(url);
            int entries = 0;
            for (JsonElement json : response.getAsJsonArray("data")) {
                entries++;
                if (formulas.size() >= query.limit()) {
                    break;
                }
                StructureEntry entry = new StructureEntry(json);
                Optional<Composition> composition;
                try {
                    composition = entry.composition(query.composition());
                } catch (RuntimeException malformed) { // e.g. a species name or concentration of the wrong JSON type
                    context.log("optimade: entry '" + entry.id() + "' on page " + page + " is malformed (" + malformed + ")");
                    composition = Optional.empty();
                }
                if (composition.isEmpty()) {
                    skipped++;
                    continue;
                }
                formulas.add(composition.get().formula());
                ids.add(entry.id());
                values.add(query.columns().values().stream().map(entry::attribute).toList());
            }
            context.log("optimade: page " + page + " (" + url + "): " + entries + " entries");
            context.progress(Math.min(1.0, (double) formulas.size() / query.limit()), "page " + page + ": " + formulas.size() + " structures");
            url = entries == 0 ? null : next(query, url, response);
        }
        if (skipped > 0) {
            context.log("optimade: " + skipped + " entries without a readable composition (no chemical_formula_reduced, species or "
                    + "species_at_sites) were left out");
        }
        return table(query, formulas, ids, values);
    }

    /** @return the {@code links.next} URL (a string or a links object with {@code href}), or null on the last page */
    private static URI next(OptimadeQuery query, URI current, JsonObject response) throws DataSourceException {
        JsonElement links = response.get("links");
        if (links == null || !links.isJsonObject()) {
            return null;
        }
        JsonElement next = links.getAsJsonObject().get("next");
        if (next != null && next.isJsonObject()) {
            next = next.getAsJsonObject().get("href");
        }
        if (next == null || next.isJsonNull()) {
            return null;
        }
        if (!next.isJsonPrimitive() || !next.getAsJsonPrimitive().isString()) {
            throw new DataSourceException("optimade: links.next of " + current + " is neither a URL nor a links object: " + next);
        }
        if (next.getAsString().isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = current.resolve(next.getAsString().trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw new DataSourceException("optimade: links.next of " + current + " is not a URL: " + next.getAsString());
        }
        URI base = query.structuresUrl();
        if (!base.getScheme().equalsIgnoreCase(uri.getScheme()) || !base.getHost().equalsIgnoreCase(uri.getHost())
                || base.getPort() != uri.getPort()) {
            throw new DataSourceException("optimade: links.next of " + current + " leaves the provider (" + uri
                    + "); only pages on " + base.getScheme() + "://" + base.getRawAuthority() + " are followed");
        }
        return uri;
    }

    private static Table table(OptimadeQuery query, List<String> formulas, List<String> ids, List<List<Optional<JsonElement>>> values) {
        int rows = formulas.size();
        Table.Builder table = Table.builder(rows).text(FORMULA, formulas).text(ID, ids);
        int c = 0;
        for (Map.Entry<String, String> column : query.columns().entrySet()) {
            int index = c++;
            boolean numeric = values.stream().map(v -> v.get(index)).flatMap(Optional::stream)
                    .allMatch(v -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber());
            if (numeric) {
                double[] numbers = new double[rows];
                for (int r = 0; r < rows; r++) {
                    numbers[r] = values.get(r).get(index).map(JsonElement::getAsDouble).orElse(Double.NaN);
                }
                table.numbers(column.getKey(), numbers);
            } else {
                String[] texts = new String[rows];
                for (int r = 0; r < rows; r++) {
                    texts[r] = values.get(r).get(index).map(v -> v.isJsonPrimitive() ? v.getAsString() : v.toString()).orElse("");
                }
                table.text(column.getKey(), texts);
            }
        }
        return table.build();
    }
}
