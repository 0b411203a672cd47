package org.matforge.datasources.internal.matbench;

import static org.matforge.api.data.ParameterSpec.flag;
import static org.matforge.api.data.ParameterSpec.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.commons.io.FileAccessException;
import org.matforge.commons.io.FileRoots;
import org.matforge.datasources.internal.tables.BadRowPolicy;
import org.matforge.datasources.internal.tables.CsvTables;
import org.matforge.datasources.internal.tables.TableAssembler;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/**
 * A matbench set as a table {@code formula, <property>} (e.g. {@code formula, band_gap}), rows in matbench's order.
 * Where it looks, in order:
 * <ol>
 * <li>the folder ({@code folder} parameter, else the configured one): {@code <id>.csv} ({@code formula,target}, as
 * in {@code ../shared/data/matbench}; there is no published checksum for it, so the log says so), or the published
 * {@code <matbench name>.json.gz}, verified against its SHA-256;</li>
 * <li>the cache folder: a published file downloaded earlier, verified again as it is read;</li>
 * <li>the public address ({@code https://ml.materialsproject.org/projects/<matbench name>.json.gz}), when downloads
 * are allowed: fetched into the cache and accepted only with the published SHA-256.</li>
 * </ol>
 * Parameters: {@code dataset} (required: expt_gap, expt_is_metal, steels_yield, mp_e_form, mp_gap, or matbench's
 * names), {@code folder}, {@code cacheFolder}, {@code download} (true/false), and {@code url} with {@code sha256}
 * to fetch from a mirror (both required together; the folder is then not consulted).
 */
public final class MatbenchSource implements DataSource {
    /** Where matbench publishes its files. */
    public static final String PUBLIC_BASE = "https://ml.materialsproject.org/projects/";

    private final String folder;
    private final Path cacheFolder;
    private final boolean download;
    private final String baseUrl;
    private final Downloader downloader;

    /**
     * @param folder      folder of local copies, blank for none
     * @param cacheFolder where downloads go
     * @param download    whether downloading is allowed by default
     * @param baseUrl     address the published files are under, ending in '/'
     * @param timeout     network timeout
     */
    public MatbenchSource(String folder, Path cacheFolder, boolean download, String baseUrl, Duration timeout) {
        this.folder = folder;
        this.cacheFolder = cacheFolder;
        this.download = download;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.downloader = new Downloader(timeout);
    }

    /** The parameters of data source {@code matbench}; folder, cache and download default to the component's configuration. */
    public static final ParameterSchema SCHEMA = ParameterSchema.of(
            text("dataset", null, "the matbench set: " + MatbenchDataset.ids() + " (or its matbench name)").required(),
            text("folder", null, "folder of local copies (`<id>.csv` or `matbench_<name>.json.gz`); default: the configuration's"),
            text("cacheFolder", null, "folder for downloaded files; default: the configuration's"),
            flag("download", "whether a set found neither locally nor in the cache is downloaded; default: the configuration's"),
            text("url", null, "a mirror's address of the file (with `sha256`)"),
            text("sha256", null, "the SHA-256 (64 hex digits) of the file at `url`"))
            .rule("url", v -> v.has("url") == v.has("sha256") ? java.util.Optional.empty()
                    : java.util.Optional.of("must be given together with 'sha256': a mirror's address and the file's SHA-256"))
            .rule("sha256", v -> v.string("sha256").map(h -> h.trim().toLowerCase(java.util.Locale.ROOT).matches("[0-9a-f]{64}")).orElse(true)
                    ? java.util.Optional.empty() : java.util.Optional.of("must be 64 hex digits, got \"" + v.string("sha256").orElse("") + "\""));

    /**
     * @return the table
     * @throws DataSourceException naming the file or address and the reason, or every place looked in
     * @throws IllegalArgumentException naming the parameter when the parameters are wrong
     */
    public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
        parameters.requireOnly("matbench", Set.of("dataset", "folder", "cacheFolder", "download", "url", "sha256"));
        String name = parameters.requireString("dataset");
        MatbenchDataset dataset = MatbenchDataset.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "parameter 'dataset': no matbench set '" + name + "'; known: " + MatbenchDataset.ids()));
        if (parameters.has("url") != parameters.has("sha256")) {
            throw new IllegalArgumentException("parameters 'url' and 'sha256' go together: a mirror's address and the file's SHA-256");
        }
        String sha256 = parameters.string("sha256").orElse(dataset.sha256()).trim().toLowerCase(java.util.Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("parameter 'sha256' must be 64 hex digits, got \"" + sha256 + "\"");
        }
        boolean mirror = parameters.has("url");
        URI url = uri(parameters.string("url").orElse(baseUrl + dataset.publishedFileName()));
        String localFolder = parameters.string("folder").orElse(folder).trim();
        if (parameters.has("folder") && !localFolder.isEmpty()) {
            localFolder = allowed(parameters, "folder").toString();
        }
        Path cache = parameters.has("cacheFolder") ? allowed(parameters, "cacheFolder") : cacheFolder;
        boolean mayDownload = parameters.flag("download", download);

        List<String> looked = new ArrayList<>();
        if (!mirror && !localFolder.isEmpty()) {
            Path csv = Path.of(localFolder).resolve(dataset.id() + ".csv");
            Path published = Path.of(localFolder).resolve(dataset.publishedFileName());
            if (Files.isRegularFile(csv)) {
                context.log(dataset.id() + ": reading " + csv.toAbsolutePath() + " (a formula,target copy: no published checksum to verify)");
                return fromCsv(csv, dataset, context);
            }
            if (Files.isRegularFile(published)) {
                return fromPublished(published, dataset, sha256, context);
            }
            looked.add(csv.toAbsolutePath() + ", " + published.toAbsolutePath());
        }
        Path cached = cache.resolve(dataset.matbenchName() + "-" + sha256.substring(0, 12) + ".json.gz");
        if (Files.isRegularFile(cached)) {
            try {
                return fromPublished(cached, dataset, sha256, context);
            } catch (DataSourceException e) {
                if (!mayDownload) {
                    throw e;
                }
                context.log(e.getMessage() + "; downloading it again");
            }
        }
        looked.add(cached.toAbsolutePath().toString());
        if (!mayDownload) {
            throw new DataSourceException("matbench set " + dataset.id() + " not found in " + String.join("; ", looked)
                    + ", and downloading is off (parameter download=true, or configuration download, allows fetching "
                    + url + "; or set parameter 'folder' to a folder holding " + dataset.id() + ".csv)");
        }
        try {
            downloader.download(url, sha256, cached, context);
        } catch (DataSourceException e) {
            if (!(e.getCause() instanceof IOException)) {
                throw e; // the server answered: the message says what it answered
            }
            throw new DataSourceException("matbench set " + dataset.id() + " not found in " + String.join("; ", looked) + ", and the "
                    + e.getMessage() + "; set parameter 'folder' (command line: --folder DIR; relative to the working folder "
                    + Path.of("").toAbsolutePath() + ") to a folder holding " + dataset.id() + ".csv", e);
        }
        return fromPublished(cached, dataset, sha256, context);
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("parameter 'url' must be an http(s) address, got \"" + text + "\"");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("parameter 'url' is not an address: " + e.getMessage(), e);
        }
    }

    /**
     * A folder named by a parameter (a workflow's or a command's) must lie inside the allowed folders; the configured
     * ones are the administrator's and are not checked.
     */
    private static Path allowed(Parameters parameters, String name) throws DataSourceException {
        try {
            return FileRoots.current().folder(Path.of(parameters.requireString(name).trim()), "parameter '" + name + "'");
        } catch (FileAccessException e) {
            throw new DataSourceException(e.getMessage());
        }
    }

    private static Table fromCsv(Path csv, MatbenchDataset dataset, TaskContext context) throws DataSourceException {
        TableAssembler rows = new TableAssembler(csv.getFileName().toString());
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvTables.read(reader, csv.getFileName().toString(), rows, context);
        } catch (IOException e) {
            throw new DataSourceException("cannot read " + csv.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (!rows.hasColumn("target")) {
            throw new DataSourceException(csv.toAbsolutePath() + ": no column 'target'; a matbench copy has columns formula,target");
        }
        Table t = rows.build("formula", Set.of("target"), BadRowPolicy.FAIL, context);
        note(t, dataset, context);
        return Table.builder(t.rowCount()).text("formula", t.strings("formula")).numbers(dataset.column(), t.doubles("target")).build();
    }

    /** Reads a published file, hashing the raw bytes as they are read; a wrong hash rejects the table. */
    private static Table fromPublished(Path file, MatbenchDataset dataset, String sha256, TaskContext context) throws DataSourceException {
        TableAssembler rows = new TableAssembler(file.getFileName().toString());
        MessageDigest digest = sha256();
        try (InputStream raw = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), digest)) {
            try (Reader reader = new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8)) {
                SplitJsonReader.read(reader, file.getFileName().toString(), dataset, rows, context);
                raw.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new DataSourceException(file.toAbsolutePath() + " is not a readable gzip'd matbench file: " + e.getMessage(), e);
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            throw new DataSourceException(file.toAbsolutePath() + ": SHA-256 is " + actual + ", expected " + sha256 + " (corrupted or changed)");
        }
        Table t = rows.build("formula", Set.of(dataset.column()), BadRowPolicy.FAIL, context);
        context.log(dataset.id() + ": read " + file.toAbsolutePath() + " (SHA-256 " + actual + " verified)");
        note(t, dataset, context);
        return t;
    }

    private static void note(Table t, MatbenchDataset dataset, TaskContext context) {
        if (t.rowCount() != dataset.rows()) {
            context.log(dataset.id() + ": " + t.rowCount() + " rows where matbench publishes " + dataset.rows());
        }
        context.progress(1, dataset.id() + ": " + t.rowCount() + " rows, " + dataset.column() + " in " + dataset.unit());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }
}
