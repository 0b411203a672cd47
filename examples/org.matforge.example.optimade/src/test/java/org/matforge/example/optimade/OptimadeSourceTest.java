package org.matforge.example.optimade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.example.optimade.ReplayServer.Reply;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/** The OPTIMADE source against a loopback server replaying recorded Materials Cloud responses (fixtures/README.md). */
class OptimadeSourceTest {
    static final String SI_O_PAGE = "mcloud-si-o-page1.json";
    static final String SAMPLE_PAGE = "mcloud-optimade-sample-structures.json";
    static final String EMPTY_PAGE = "mcloud-empty-page.json";
    static final String NOT_FOUND = "mcloud-404-errors.json";

    private final OptimadeSource source = new OptimadeSource();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final TaskContext context = new TaskContext() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public void log(String message) {
            log.add(message);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private static Parameters params(String baseUrl, Object... more) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("baseUrl", baseUrl);
        for (int i = 0; i < more.length; i += 2) {
            map.put((String) more[i], more[i + 1]);
        }
        return Parameters.of(map);
    }

    @Test
    void followsLinksNextUntilTheLastPageAndMapsStructures() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            server.then(Reply.fixture(SI_O_PAGE)).then(Reply.fixture(SAMPLE_PAGE)).then(Reply.fixture(EMPTY_PAGE));
            Table table = source.load(params(server.baseUrl(), "elements", List.of("Si", "O"), "pageLimit", 2,
                    "properties", List.of("nsites", "created=_mcloud_ctime", "band_gap=_mcloud_band_gap")), context);

            assertEquals(List.of("formula", "optimade_id", "nsites", "created", "band_gap"), table.columnNames());
            assertEquals(17, table.rowCount(), "2 entries on page 1, 15 on page 2, none on page 3");
            assertEquals(3, server.requests().size());
            // values as recorded: ids, reduced formulas, nsites, the provider's own _mcloud_ctime
            assertEquals("903", table.text(0, "optimade_id"));
            assertEquals(Composition.parse("Al3ClNa4O12Si3").formula(), table.text(0, "formula"));
            assertEquals(Composition.parse("Al2Cl2EuO10Si2").formula(), table.text(1, "formula"));
            assertEquals("1151", table.text(2, "optimade_id"));
            assertEquals("C", table.text(2, "formula"));
            assertEquals(Composition.parse("I2Zn").formula(), table.text(16, "formula"));
            assertEquals(46, table.number(0, "nsites"));
            assertEquals(102, table.number(1, "nsites"));
            assertEquals(3, table.number(16, "nsites"));
            assertEquals("2019-11-19T17:52:31Z", table.text(0, "created"));
            // the provider has no _mcloud_band_gap: OPTIMADE's "unknown", a NaN column
            assertTrue(table.isNumeric("band_gap"));
            assertTrue(java.util.Arrays.stream(table.doubles("band_gap")).allMatch(Double::isNaN));

            URI first = server.requests().get(0);
            assertEquals("/optimade-sample/optimade/v1/structures", first.getPath());
            Map<String, String> query = query(first);
            assertEquals("elements HAS ALL \"Si\",\"O\"", query.get("filter"));
            assertEquals("2", query.get("page_limit"));
            assertEquals("chemical_formula_reduced,species,species_at_sites,nsites,_mcloud_ctime,_mcloud_band_gap",
                    query.get("response_fields"));
            // the second request is the recorded links.next, verbatim but for the origin
            assertEquals("/optimade-sample/optimade/v1/structures", server.requests().get(1).getPath());
            // (the recorded request was typed without the space; the provider's next link keeps it so)
            assertEquals("elementsHAS ALL \"Si\",\"O\"", query(server.requests().get(1)).get("filter"));
            assertEquals("2", query(server.requests().get(1)).get("page_offset"));
            assertEquals("/optimade-sample/optimade/structures", server.requests().get(2).getPath());
            assertEquals("15", query(server.requests().get(2)).get("page_offset"));
        }
    }

    @Test
    void shortcutsAreAndedWithTheFilter() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            server.then(Reply.fixture(EMPTY_PAGE));
            source.load(params(server.baseUrl() + "/v1/", "filter", "nsites<50", "elements", List.of("si", "O"), "maxElements", 5,
                    "formula", "SiO2"), context);
            URI request = server.requests().get(0);
            assertEquals("/optimade-sample/optimade/v1/structures", request.getPath(), "a /v1 base URL is not versioned twice");
            assertEquals("(nsites<50) AND elements HAS ALL \"Si\",\"O\" AND nelements<=5 AND chemical_formula_reduced=\"SiO2\"",
                    query(request).get("filter"));
            assertTrue(request.getRawQuery().contains("%20") && !request.getRawQuery().contains("+"), "RFC 3986 encoding: "
                    + request.getRawQuery());
        }
    }

    @Test
    void limitStopsReadingPages() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            server.then(Reply.fixture(SI_O_PAGE)).then(Reply.fixture(SAMPLE_PAGE));
            Table table = source.load(params(server.baseUrl(), "limit", 5, "pageLimit", 2), context);
            assertEquals(5, table.rowCount());
            assertEquals(List.of("903", "250", "1151", "1138", "1541"), List.of(table.strings("optimade_id")));
            assertEquals(2, server.requests().size(), "no page is fetched after the limit is reached");
            assertEquals("2", query(server.requests().get(0)).get("page_limit"));
        }
    }

    @Test
    void sitesModeReadsSpeciesWithPartialOccupancy() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            server.then(Reply.fixture(SI_O_PAGE)).then(Reply.fixture(EMPTY_PAGE));
            Table table = source.load(params(server.baseUrl(), "composition", "sites"), context);
            // entry 903: 46 ordered sites, Na8Al6Si6Cl2O24, reduces to the provider's reduced formula
            assertEquals(Composition.parse("Al3ClNa4O12Si3"), Composition.parse(table.text(0, "formula")));
            // entry 250, by hand from the recording: sites EuX ×6 (Eu 0.1666), EuX1 ×8 (Eu 0.56), AlSi ×24 (Si 0.5, Al 0.5),
            // ClX ×16 (Cl 0.5), O ×48: Eu 0.9996 + 4.48 = 5.4796, Al 12, Si 12, Cl 8, O 48 (vacancies add nothing)
            Composition disordered = Composition.parse(table.text(1, "formula"));
            assertEquals(5.4796, disordered.amountOf(Element.Eu), 1e-9);
            assertEquals(12, disordered.amountOf(Element.Al), 1e-9);
            assertEquals(12, disordered.amountOf(Element.Si), 1e-9);
            assertEquals(8, disordered.amountOf(Element.Cl), 1e-9);
            assertEquals(48, disordered.amountOf(Element.O), 1e-9);
        }
    }

    @Test
    void anErrorResponseIsReportedWithTheProvidersDetailAndNotRetried() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            server.then(Reply.status(404, ReplayServer.fixture(NOT_FOUND)));
            DataSourceException e = assertThrows(DataSourceException.class,
                    () -> source.load(params(server.baseUrl(), "elements", "Cu", "retries", 3, "backoffMillis", 1), context));
            assertTrue(e.getMessage().contains("answered HTTP 404: HTTPException: Not Found"), e.getMessage());
            assertTrue(e.getMessage().contains(server.origin() + "/optimade-sample/optimade/v1/structures?"), e.getMessage());
            assertEquals(1, server.requests().size(), "a 404 is not retried");
        }
    }

    @Test
    void anEmptyFirstPageGivesAnEmptyTableWithTheColumns() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            server.then(Reply.fixture(EMPTY_PAGE));
            Table table = source.load(params(server.baseUrl(), "properties", List.of("nsites")), context);
            assertEquals(0, table.rowCount());
            assertEquals(List.of("formula", "optimade_id", "nsites"), table.columnNames());
        }
    }

    @Test
    void aProviderAnswering503IsRetriedWithBackoffThenRead() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            String down = "<html><body>503 Service Unavailable</body></html>";
            server.then(Reply.status(503, down)).then(Reply.status(503, down).withRetryAfter("0")).then(Reply.fixture(SI_O_PAGE))
                    .then(Reply.fixture(EMPTY_PAGE));
            long start = System.nanoTime();
            Table table = source.load(params(server.baseUrl(), "retries", 3, "backoffMillis", 100), context);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(2, table.rowCount());
            assertEquals(4, server.requests().size());
            assertTrue(millis >= 300, "back-off 100 ms then 200 ms, waited only " + millis + " ms");
            assertEquals(2, log.stream().filter(l -> l.contains("HTTP 503") && l.contains("retry")).count(), log.toString());
        }
    }

    @Test
    void aProviderThatStays503IsReportedAfterTheRetries() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            server.otherwise(uri -> Reply.status(503, ""));
            DataSourceException e = assertThrows(DataSourceException.class,
                    () -> source.load(params(server.baseUrl(), "retries", 2, "backoffMillis", 1), context));
            assertTrue(e.getMessage().contains("HTTP 503 (gave up after 3 attempts)"), e.getMessage());
            assertEquals(3, server.requests().size());
        }
    }

    @Test
    void aRefusedConnectionIsRetriedAndReported() throws Exception {
        int port = freePort();
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> source.load(params("http://127.0.0.1:" + port, "retries", 2, "backoffMillis", 10), context));
        assertTrue(e.getMessage().contains("cannot connect") && e.getMessage().contains("gave up after 3 attempts"), e.getMessage());
        assertEquals(2, log.stream().filter(l -> l.contains("retry")).count(), log.toString());
    }

    @Test
    void aProviderThatComesUpDuringTheBackoffIsRead() throws Exception {
        int port = freePort();
        CompletableFuture<ReplayServer> later = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(150);
                return new ReplayServer(port, true).then(Reply.fixture(SI_O_PAGE)).then(Reply.fixture(EMPTY_PAGE));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        try {
            Table table = source.load(params("http://127.0.0.1:" + port + "/optimade-sample/optimade", "retries", 5,
                    "backoffMillis", 100), context);
            assertEquals(2, table.rowCount());
            assertTrue(log.stream().anyMatch(l -> l.contains("cannot connect")), log.toString());
        } finally {
            later.join().close();
        }
    }

    @Test
    void aSlowProviderTimesOut() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            server.otherwise(uri -> Reply.fixture(SI_O_PAGE).delayed(3000));
            long start = System.nanoTime();
            DataSourceException e = assertThrows(DataSourceException.class,
                    () -> source.load(params(server.baseUrl(), "timeoutSeconds", 0.3, "retries", 0), context));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("no answer within 300 ms"), e.getMessage());
            assertTrue(millis < 2500, "the time-out did not cut the 3 s wait short: " + millis + " ms");
        }
    }

    @Test
    void aTimeOutIsRetried() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            server.then(Reply.fixture(SI_O_PAGE).delayed(3000)).then(Reply.fixture(SI_O_PAGE)).then(Reply.fixture(EMPTY_PAGE));
            Table table = source.load(params(server.baseUrl(), "timeoutSeconds", 0.3, "retries", 1, "backoffMillis", 1), context);
            assertEquals(2, table.rowCount());
            assertTrue(log.stream().anyMatch(l -> l.contains("no answer within 300 ms")), log.toString());
        }
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() throws Exception {
        try (ReplayServer server = new ReplayServer(false)) {
            server.then(Reply.fixture(SI_O_PAGE));
            DataSourceException e = assertThrows(DataSourceException.class, () -> source.load(params(server.baseUrl()), context));
            assertTrue(e.getMessage().contains("leaves the provider (https://aiida.materialscloud.org/"), e.getMessage());
            assertEquals(1, server.requests().size());
        }
    }

    @Test
    void aResponseThatIsNotOptimadeIsReported() throws Exception {
        try (ReplayServer server = new ReplayServer(true)) {
            server.then(Reply.status(200, "<html>login</html>"));
            DataSourceException e = assertThrows(DataSourceException.class, () -> source.load(params(server.baseUrl()), context));
            assertTrue(e.getMessage().contains("is not JSON") || e.getMessage().contains("not a JSON object"), e.getMessage());
        }
    }

    @Test
    void aMalformedEntryIsLeftOutAndLogged() throws Exception {
        // a deliberately damaged copy of the recording: entry 250 without its reduced formula and with a text concentration
        com.google.gson.JsonObject page = com.google.gson.JsonParser.parseString(ReplayServer.fixture(SI_O_PAGE)).getAsJsonObject();
        com.google.gson.JsonObject attributes = page.getAsJsonArray("data").get(1).getAsJsonObject().getAsJsonObject("attributes");
        attributes.remove("chemical_formula_reduced");
        attributes.getAsJsonArray("species").get(0).getAsJsonObject().getAsJsonArray("concentration").set(0,
                new com.google.gson.JsonPrimitive("one sixth"));
        try (ReplayServer server = new ReplayServer(true)) {
            server.then(Reply.status(200, page.toString())).then(Reply.fixture(EMPTY_PAGE));
            Table table = source.load(params(server.baseUrl()), context);
            assertEquals(List.of("903"), List.of(table.strings("optimade_id")));
            assertTrue(log.stream().anyMatch(l -> l.contains("entry '250' on page 1 is malformed")), log.toString());
            assertTrue(log.stream().anyMatch(l -> l.contains("1 entries without a readable composition")), log.toString());
        }
    }

    @Test
    void badParametersNameTheParameter() {
        assertEquals("optimade: 'baseUrl' is required: the provider's base URL, e.g. https://optimade.materialsproject.org (/v1 is added unless given)",
                assertThrows(IllegalArgumentException.class, () -> source.load(Parameters.empty(), context)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source.load(params("ftp://example.org"), context))
                .getMessage().contains("parameter 'baseUrl': needs an http or https URL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source.load(params("http://x", "elements", List.of("Xx")), context))
                .getMessage().contains("parameter 'elements': \"Xx\" is not an element symbol"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source.load(params("http://x", "formula", "GaN\" OR 1=1"), context))
                .getMessage().contains("parameter 'formula'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source.load(params("http://x", "properties", "Band Gap"), context))
                .getMessage().contains("is not an OPTIMADE attribute name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source.load(params("http://x", "filtre", "a=1"), context))
                .getMessage().contains("did you mean 'filter'"));
    }

    @Test
    void backoffDoublesAndHonoursRetryAfterUpToAMinute() {
        OptimadeClient client = new OptimadeClient(OptimadeQuery.of(params("http://x", "backoffMillis", 500)), context);
        assertEquals(500, client.backoff(0, java.util.Optional.empty()).toMillis());
        assertEquals(2000, client.backoff(2, java.util.Optional.empty()).toMillis());
        assertEquals(7000, client.backoff(0, java.util.Optional.of(java.time.Duration.ofSeconds(7))).toMillis());
        assertEquals(60_000, client.backoff(12, java.util.Optional.empty()).toMillis());
    }

    @Test
    void theReadmeTableIsTheDeclaredSchema() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String table = OptimadeQuery.SCHEMA.markdownTable();
        assertTrue(readme.contains(table), "README.md must contain the parameter table:\n" + table);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            map.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
