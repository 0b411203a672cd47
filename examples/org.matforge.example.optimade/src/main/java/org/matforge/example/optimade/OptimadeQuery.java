package org.matforge.example.optimade;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.api.chem.FormulaException;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.ParameterSpec;
import org.matforge.api.data.Parameters;

/**
 * One OPTIMADE query, read from a workflow step's parameters: where to ask, the filter, which attributes become
 * columns, and how patiently to ask (rows, page size, time-out, retries, back-off).
 *
 * @param structuresUrl the provider's {@code /v1/structures} endpoint
 * @param filter        the OPTIMADE filter sent, empty for none
 * @param columns       column name → OPTIMADE attribute, in column order
 * @param composition   where compositions come from: {@link #REDUCED} or {@link #SITES}
 * @param limit         most rows returned
 * @param pageLimit     entries asked for per page ({@code page_limit})
 * @param timeout       per request, connecting included
 * @param retries       further attempts after a failure that may pass (refused connection, time-out, 429, 5xx)
 * @param backoff       wait before the first retry; doubled for each further one
 */
public record OptimadeQuery(URI structuresUrl, String filter, Map<String, String> columns, String composition, int limit,
        int pageLimit, Duration timeout, int retries, Duration backoff) {
    /** Compositions from {@code chemical_formula_reduced}, or from the sites where the provider gives none. */
    public static final String REDUCED = "reduced";
    /** Compositions from {@code species} and {@code species_at_sites}: disorder kept as partial occupancy. */
    public static final String SITES = "sites";

    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z_][a-z_0-9]*");
    private static final Pattern FORMULA = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Set<String> RESERVED = Set.of(OptimadeSource.FORMULA, OptimadeSource.ID);

    /** The parameters of the {@code optimade} data source. */
    public static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.text("baseUrl", null, "the provider's base URL, e.g. https://optimade.materialsproject.org (/v1 is added unless given)").required(),
            ParameterSpec.text("filter", null, "an OPTIMADE filter, e.g. nelements<=3 AND elements HAS ANY \"Ga\",\"In\"; ANDed with the shortcuts below"),
            ParameterSpec.texts("elements", "elements every structure contains (elements HAS ALL ...)"),
            ParameterSpec.integer("nelements", 1, 118, "exact number of elements (nelements=N)"),
            ParameterSpec.integer("maxElements", 1, 118, "most elements (nelements<=N)"),
            ParameterSpec.text("formula", null, "reduced formula as the provider writes it, e.g. GaN (chemical_formula_reduced=\"...\")"),
            ParameterSpec.texts("properties", "attributes to bring as columns: a name (nsites, _mp_band_gap) or column=attribute (band_gap=_oqmd_band_gap)"),
            ParameterSpec.choice("composition", REDUCED, List.of(REDUCED, SITES),
                    "reduced: chemical_formula_reduced (sites where missing); sites: species and species_at_sites, partial occupancy kept"),
            ParameterSpec.integer("limit", 1000, 1, 1_000_000, "most rows to return"),
            ParameterSpec.integer("pageLimit", 100, 1, 10_000, "entries asked for per page (page_limit)"),
            ParameterSpec.number("timeoutSeconds", 30, 0, 600, "time-out of each request, in seconds").aboveMin(),
            ParameterSpec.integer("retries", 3, 0, 10, "further attempts after a refused connection, a time-out, 429 or 5xx"),
            ParameterSpec.integer("backoffMillis", 500, 0, 60_000, "wait before the first retry, doubled for each further one"));

    /** Copies the column map. */
    public OptimadeQuery {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /**
     * @return the query these parameters describe
     * @throws IllegalArgumentException naming the parameter when one is unknown, out of range or malformed
     */
    public static OptimadeQuery of(Parameters given) {
        Parameters p = SCHEMA.withDefaults(SCHEMA.require(OptimadeSource.ID_VALUE, given));
        List<String> clauses = new ArrayList<>();
        p.string("filter").map(String::trim).filter(f -> !f.isEmpty()).ifPresent(f -> clauses.add("(" + f + ")"));
        List<String> elements = p.strings("elements").stream().map(OptimadeQuery::element).toList();
        if (!elements.isEmpty()) {
            clauses.add("elements HAS ALL " + String.join(",", elements.stream().map(e -> "\"" + e + "\"").toList()));
        }
        if (p.has("nelements")) {
            clauses.add("nelements=" + p.integer("nelements", 0));
        }
        if (p.has("maxElements")) {
            clauses.add("nelements<=" + p.integer("maxElements", 0));
        }
        p.string("formula").ifPresent(f -> clauses.add("chemical_formula_reduced=\"" + formula(f) + "\""));
        return new OptimadeQuery(structuresUrl(p.requireString("baseUrl")), String.join(" AND ", clauses),
                columns(p.strings("properties")), p.requireString("composition").toLowerCase(Locale.ROOT),
                (int) p.integer("limit", 0), (int) p.integer("pageLimit", 0),
                Duration.ofMillis(Math.round(p.number("timeoutSeconds", 0) * 1000)), (int) p.integer("retries", 0),
                Duration.ofMillis(p.integer("backoffMillis", 0)));
    }

    /** @return the first page's URL: the filter, the page size and the attributes needed, encoded per RFC 3986 */
    public URI firstPage() {
        Set<String> fields = new LinkedHashSet<>(List.of("chemical_formula_reduced", "species", "species_at_sites"));
        fields.addAll(columns.values());
        Map<String, String> query = new LinkedHashMap<>();
        if (!filter.isEmpty()) {
            query.put("filter", filter);
        }
        query.put("page_limit", Integer.toString(Math.min(pageLimit, limit)));
        query.put("response_fields", String.join(",", fields));
        StringBuilder s = new StringBuilder(structuresUrl.toString()).append('?');
        query.forEach((k, v) -> s.append(k).append('=').append(encode(v)).append('&'));
        s.setLength(s.length() - 1);
        return URI.create(s.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static URI structuresUrl(String base) {
        URI uri;
        try {
            uri = new URI(base.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("parameter 'baseUrl': not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("parameter 'baseUrl': needs an http or https URL with a host, got \"" + base + "\"");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("parameter 'baseUrl': give the base URL without a query, got \"" + base + "\"");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        if (path.endsWith("/structures")) {
            path = path.substring(0, path.length() - "/structures".length());
        }
        if (!path.matches(".*/v1(\\.\\d+){0,2}")) {
            path += "/v1";
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path + "/structures");
    }

    private static String element(String symbol) {
        String s = symbol.trim();
        String written = s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
        return Element.ofSymbol(written).map(Element::symbol).orElseThrow(() -> new IllegalArgumentException(
                "parameter 'elements': \"" + symbol + "\" is not an element symbol"));
    }

    private static String formula(String formula) {
        String f = formula.trim();
        try {
            if (FORMULA.matcher(f).matches() && Composition.parse(f).size() > 0) {
                return f;
            }
        } catch (FormulaException e) {
            throw new IllegalArgumentException("parameter 'formula': \"" + formula + "\" is not a formula: " + e.getMessage());
        }
        throw new IllegalArgumentException("parameter 'formula': \"" + formula + "\" must be element symbols and counts, e.g. GaN");
    }

    private static Map<String, String> columns(List<String> properties) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String property : properties) {
            int eq = property.indexOf('=');
            String column = (eq < 0 ? property : property.substring(0, eq)).trim();
            String attribute = (eq < 0 ? property : property.substring(eq + 1)).trim();
            if (!ATTRIBUTE.matcher(attribute).matches()) {
                throw new IllegalArgumentException("parameter 'properties': \"" + attribute
                        + "\" is not an OPTIMADE attribute name (lower-case letters, digits and _, e.g. _mp_band_gap)");
            }
            if (column.isEmpty() || RESERVED.contains(column) || columns.put(column, attribute) != null) {
                throw new IllegalArgumentException("parameter 'properties': column \"" + column + "\" is empty, repeated or one of "
                        + RESERVED);
            }
        }
        return columns;
    }
}
