package org.matforge.datasources.internal.matbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.testdata.SharedData;
import org.matforge.datasources.internal.RecordingContext;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpServer;

/**
 * The {@code matbench} source reading the shared folder, and downloading through a real HTTP server on loopback that
 * serves matbench-format files built here from the shared copies: good, corrupted, missing.
 */
class MatbenchSourceTest {
    @TempDir
    Path cache;

    private HttpServer server;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        FileRoots.allow(cache);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = files.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
    }

    private MatbenchSource source(boolean download) {
        return new MatbenchSource("", cache, download, MatbenchSource.PUBLIC_BASE, Duration.ofSeconds(10));
    }

    /** A matbench file (gzip'd pandas split JSON) with the given input column and rows. */
    private static byte[] published(String input, String target, List<Object[]> data) throws IOException {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("index", java.util.stream.IntStream.range(0, data.size()).boxed().toList());
        frame.put("columns", List.of(input, target));
        frame.put("data", data);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(new Gson().toJson(frame).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<Object[]> exptGapRows() {
        List<Object[]> data = new ArrayList<>();
        SharedData.rows("expt_gap").forEach(r -> data.add(new Object[] {r.formula(), r.target()}));
        return data;
    }

    @Test
    void readsTheConfiguredFolderWithOurColumnNames() throws Exception {
        MatbenchSource folder = new MatbenchSource(SharedData.matbench().toString(), cache, false, MatbenchSource.PUBLIC_BASE, Duration.ofSeconds(1));
        Table gaps = folder.load(Parameters.of(Map.of("dataset", "expt_gap")), TaskContext.unobserved());
        assertEquals(List.of("formula", "band_gap"), gaps.columnNames());
        assertEquals(4604, gaps.rowCount());
        List<SharedData.Row> rows = SharedData.rows("expt_gap");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).formula(), gaps.text(i, "formula"));
            assertEquals(rows.get(i).target(), gaps.number(i, "band_gap"), 0);
        }
        Table steels = folder.load(Parameters.of(Map.of("dataset", "matbench_steels")), TaskContext.unobserved());
        assertEquals(List.of("formula", "yield_strength"), steels.columnNames());
        assertEquals(312, steels.rowCount());
        Table metals = folder.load(Parameters.of(Map.of("dataset", "expt_is_metal")), TaskContext.unobserved());
        assertEquals(4921, metals.rowCount());
        assertEquals(0, requests.get(), "nothing downloaded");
    }

    @Test
    void downloadsIntoTheCacheOnceWithAVerifiedChecksum() throws Exception {
        byte[] file = published("composition", "gap expt", exptGapRows());
        files.put("/matbench_expt_gap.json.gz", file);
        Parameters p = Parameters.of(Map.of("dataset", "expt_gap", "url", url("/matbench_expt_gap.json.gz"), "sha256", sha256(file)));
        RecordingContext context = new RecordingContext();
        Table first = source(true).load(p, context);
        assertEquals(SharedData.rows("expt_gap").size(), first.rowCount());
        assertEquals(SharedData.rows("expt_gap").get(100).formula(), first.text(100, "formula"));
        assertEquals(SharedData.rows("expt_gap").get(100).target(), first.number(100, "band_gap"), 0);
        assertTrue(context.log().stream().anyMatch(l -> l.contains("verified")), context.log().toString());
        try (Stream<Path> cached = Files.list(cache)) {
            assertEquals(List.of("matbench_expt_gap-" + sha256(file).substring(0, 12) + ".json.gz"),
                    cached.map(f -> f.getFileName().toString()).toList());
        }
        Table second = source(false).load(p, TaskContext.unobserved());
        assertEquals(first, second);
        assertEquals(1, requests.get(), "the second load reads the cache");
    }

    @Test
    void aCorruptedDownloadIsRejectedAndNothingIsCached() throws Exception {
        byte[] file = published("composition", "gap expt", exptGapRows());
        byte[] corrupted = file.clone();
        corrupted[corrupted.length / 2] ^= 0x20;
        files.put("/corrupted.json.gz", corrupted);
        Parameters p = Parameters.of(Map.of("dataset", "expt_gap", "url", url("/corrupted.json.gz"), "sha256", sha256(file)));
        DataSourceException e = assertThrows(DataSourceException.class, () -> source(true).load(p, TaskContext.unobserved()));
        assertTrue(e.getMessage().contains("rejected: SHA-256 is " + sha256(corrupted) + ", expected " + sha256(file)), e.getMessage());
        try (Stream<Path> cached = Files.list(cache)) {
            assertEquals(List.of(), cached.toList(), "no partial or corrupted file is left");
        }
    }

    @Test
    void aMirrorConfiguredAsBaseAddressMustServeThePublishedFileBitForBit() throws Exception {
        byte[] rebuilt = published("composition", "gap expt", exptGapRows());
        files.put("/mirror/matbench_expt_gap.json.gz", rebuilt);
        MatbenchSource mirrored = new MatbenchSource("", cache, true, url("/mirror/"), Duration.ofSeconds(10));
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> mirrored.load(Parameters.of(Map.of("dataset", "expt_gap")), TaskContext.unobserved()));
        assertTrue(e.getMessage().startsWith("download of " + url("/mirror/matbench_expt_gap.json.gz") + " rejected: SHA-256 is "
                + sha256(rebuilt) + ", expected " + MatbenchDataset.EXPT_GAP.sha256()), e.getMessage());
        assertEquals(1, requests.get());
    }

    @Test
    void aCachedFileThatNoLongerMatchesIsRejected() throws Exception {
        byte[] file = published("composition", "gap expt", exptGapRows());
        files.put("/good.json.gz", file);
        Parameters p = Parameters.of(Map.of("dataset", "expt_gap", "url", url("/good.json.gz"), "sha256", sha256(file)));
        source(true).load(p, TaskContext.unobserved());
        Path cached;
        try (Stream<Path> list = Files.list(cache)) {
            cached = list.findFirst().orElseThrow();
        }
        byte[] damaged = Files.readAllBytes(cached);
        damaged[damaged.length - 3] ^= 1;
        Files.write(cached, damaged);
        DataSourceException e = assertThrows(DataSourceException.class, () -> source(false).load(p, TaskContext.unobserved()));
        assertTrue(e.getMessage().contains(cached.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("SHA-256") || e.getMessage().contains("gzip"), e.getMessage());
        assertEquals(1, requests.get());
        Table again = source(true).load(p, TaskContext.unobserved());
        assertEquals(2, requests.get(), "with downloads allowed the damaged copy is fetched again");
        assertEquals(sha256(file), sha256(Files.readAllBytes(cached)));
        assertEquals(4604, again.rowCount());
    }

    @Test
    void structureFilesGiveTheCellFormula() throws Exception {
        List<Object[]> data = new ArrayList<>();
        List<SharedData.Row> rows = SharedData.rows("mp_gap").subList(0, 300);
        for (SharedData.Row r : rows) {
            data.add(new Object[] {structureOf(Composition.parse(r.formula())), r.target()});
        }
        byte[] file = published("structure", "gap pbe", data);
        files.put("/mp_gap.json.gz", file);
        Table t = source(true).load(Parameters.of(Map.of("dataset", "mp_gap", "url", url("/mp_gap.json.gz"), "sha256", sha256(file))),
                TaskContext.unobserved());
        assertEquals(List.of("formula", "band_gap"), t.columnNames());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(Composition.parse(rows.get(i).formula()), Composition.parse(t.text(i, "formula")));
            assertEquals(rows.get(i).target(), t.number(i, "band_gap"), 0);
        }
    }

    /** A pymatgen-like Structure dict: one site per atom, plus the fields a real one carries. */
    private static Map<String, Object> structureOf(Composition c) {
        List<Object> sites = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            for (int n = 0; n < Math.round(c.amount(i)); n++) {
                sites.add(Map.of("species", List.of(Map.of("element", c.element(i).symbol(), "occu", 1)),
                        "abc", List.of(0.1 * n, 0.2, 0.3), "xyz", List.of(1.0, 2.0, 3.0), "label", c.element(i).symbol(),
                        "properties", Map.of("magmom", 0.0)));
            }
        }
        return Map.of("@module", "pymatgen.core.structure", "@class", "Structure", "charge", 0,
                "lattice", Map.of("matrix", List.of(List.of(4.0, 0.0, 0.0), List.of(0.0, 4.0, 0.0), List.of(0.0, 0.0, 4.0))),
                "sites", sites);
    }

    @Test
    void aMissingFileOrServerIsReportedWithWhereItLooked() throws Exception {
        Parameters p = Parameters.of(Map.of("dataset", "expt_gap", "url", url("/nothing.json.gz"), "sha256", "0".repeat(64)));
        DataSourceException notFound = assertThrows(DataSourceException.class, () -> source(true).load(p, TaskContext.unobserved()));
        assertTrue(notFound.getMessage().contains("failed: HTTP 404"), notFound.getMessage());

        DataSourceException offline = assertThrows(DataSourceException.class,
                () -> source(false).load(Parameters.of(Map.of("dataset", "mp_gap", "folder", cache.toString())), TaskContext.unobserved()));
        assertTrue(offline.getMessage().startsWith("matbench set mp_gap not found in " + cache.toAbsolutePath()), offline.getMessage());
        assertTrue(offline.getMessage().contains("downloading is off"), offline.getMessage());
        assertTrue(offline.getMessage().contains("https://ml.materialsproject.org/projects/matbench_mp_gap.json.gz"), offline.getMessage());
    }

    /** Issue 19's trip: offline, a matbench set not in the folder said "java.net.ConnectException" and not how to point at the folder. */
    @Test
    void matbenchDownloadFailureNamesTheFolderOptionNotTheException() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        MatbenchSource offline = new MatbenchSource("no-such-folder", cache, true, "http://127.0.0.1:" + closedPort + "/", Duration.ofSeconds(10));
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> offline.load(Parameters.of(Map.of("dataset", "expt_gap")), TaskContext.unobserved()));
        assertTrue(e.getMessage().startsWith("matbench set expt_gap not found in " + Path.of("no-such-folder").toAbsolutePath().resolve("expt_gap.csv")),
                e.getMessage());
        assertTrue(e.getMessage().contains("cannot connect to the server") && e.getMessage().contains("--folder DIR"), e.getMessage());
        assertTrue(!e.getMessage().contains("java.net."), e.getMessage());
    }

    @Test
    void badParametersAreNamed() {
        assertEquals("parameter 'set' is not one of matbench's: cacheFolder, dataset, download, folder, sha256, url",
                assertThrows(IllegalArgumentException.class, () -> source(false).load(Parameters.of(Map.of("set", "expt_gap")),
                        TaskContext.unobserved())).getMessage());
        assertEquals("parameter 'dataset': no matbench set 'expt_gaps'; known: expt_gap, expt_is_metal, steels_yield, mp_e_form, mp_gap",
                assertThrows(IllegalArgumentException.class, () -> source(false).load(Parameters.of(Map.of("dataset", "expt_gaps")),
                        TaskContext.unobserved())).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source(false).load(Parameters.of(Map.of("dataset", "expt_gap",
                "url", "http://localhost/x")), TaskContext.unobserved())).getMessage().startsWith("parameters 'url' and 'sha256' go together"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source(false).load(Parameters.of(Map.of("dataset", "expt_gap",
                "url", "ftp://host/x", "sha256", "a".repeat(64))), TaskContext.unobserved())).getMessage().startsWith("parameter 'url' must be an http(s) address"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source(false).load(Parameters.of(Map.of("dataset", "expt_gap",
                "url", "http://host/x", "sha256", "abc")), TaskContext.unobserved())).getMessage().startsWith("parameter 'sha256' must be 64 hex digits"));
    }
}
