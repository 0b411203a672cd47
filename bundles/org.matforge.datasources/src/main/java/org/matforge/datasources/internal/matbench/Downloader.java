package org.matforge.datasources.internal.matbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/**
 * Downloads a file over HTTP(S) into a cache folder, accepting it only when its SHA-256 is the expected one: the
 * bytes go to a temporary file in the same folder, are hashed on the way, and are moved into place atomically
 * when the hash matches; otherwise the temporary file is deleted. A half-finished or corrupted download never
 * reaches the cache.
 */
final class Downloader {
    private final HttpClient client;
    private final Duration timeout;

    /** @param timeout connect timeout, and the longest wait for the response headers */
    Downloader(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * @param url     where to fetch
     * @param sha256  expected SHA-256, hex
     * @param target  the cache file to create
     * @param context progress and cancellation
     * @throws DataSourceException naming the address and the reason (HTTP status, network error, checksum mismatch)
     */
    void download(URI url, String sha256, Path target, TaskContext context) throws DataSourceException {
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(temporary)) {
                if (response.statusCode() != 200) {
                    throw new DataSourceException("download of " + url + " failed: HTTP " + response.statusCode());
                }
                byte[] buffer = new byte[1 << 16];
                long done = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    context.checkCancelled();
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    done += n;
                    if (length > 0) {
                        context.progress((double) done / length, String.format(Locale.ROOT, "downloading %s: %.1f of %.1f MB", url, done / 1e6, length / 1e6));
                    }
                }
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equalsIgnoreCase(sha256)) {
                throw new DataSourceException("download of " + url + " rejected: SHA-256 is " + actual + ", expected " + sha256
                        + " (corrupted or changed file; nothing was cached)");
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            context.log("downloaded " + url + " to " + target + " (SHA-256 " + actual + " verified)");
        } catch (IOException e) {
            throw new DataSourceException("download of " + url + " failed: " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataSourceException("download of " + url + " was interrupted", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    context.log("could not delete " + temporary + ": " + e.getMessage());
                }
            }
        }
    }

    /** @return why a download failed, in words: a network error's class name alone ("java.net.ConnectException") says little */
    static String reason(IOException e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + e.getMessage() + ")";
        if (e instanceof java.net.ConnectException) {
            return "cannot connect to the server — offline, or a firewall" + message;
        }
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host " + e.getMessage() + " — offline, or no name service";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer in time" + message;
        }
        return message.isEmpty() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
