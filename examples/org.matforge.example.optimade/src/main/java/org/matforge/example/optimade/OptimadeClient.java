package org.matforge.example.optimade;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Fetches one OPTIMADE response page with {@link HttpClient}: a time-out per request, retries with exponential
 * back-off (honouring {@code Retry-After}) for failures that may pass — a refused or broken connection, a time-out,
 * 429 and 5xx — and a one-line {@link DataSourceException} for everything else, quoting the provider's
 * {@code errors[].detail}.
 */
final class OptimadeClient {
    /** Largest response body read; a provider page is a few MB at most. */
    static final int MAX_BODY_BYTES = 64 << 20;
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final OptimadeQuery query;
    private final TaskContext context;

    OptimadeClient(OptimadeQuery query, TaskContext context) {
        this.query = query;
        this.context = context;
        this.http = HttpClient.newBuilder().connectTimeout(query.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * @return the page's JSON object, which has a {@code data} list
     * @throws DataSourceException naming the URL and why, after the retries when the failure may pass
     */
    JsonObject page(URI url) throws DataSourceException {
        String lastFailure = "";
        for (int attempt = 0; ; attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            try {
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).timeout(query.timeout())
                        .header("Accept", "application/vnd.api+json, application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                String body = body(url, response);
                if (status == 200) {
                    return entries(url, body);
                }
                lastFailure = "HTTP " + status + details(body);
                if (status != 429 && status < 500) {
                    throw new DataSourceException("optimade: " + url + " answered " + lastFailure);
                }
                retryAfter = response.headers().firstValue("Retry-After").flatMap(OptimadeClient::seconds);
            } catch (HttpTimeoutException e) {
                lastFailure = "no answer within " + query.timeout().toMillis() + " ms";
            } catch (ConnectException e) {
                lastFailure = "cannot connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")";
            } catch (IOException e) {
                lastFailure = "connection failed (" + e + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataSourceException("optimade: interrupted while asking " + url);
            }
            if (attempt >= query.retries()) {
                throw new DataSourceException("optimade: " + url + ": " + lastFailure + (query.retries() > 0
                        ? " (gave up after " + (attempt + 1) + " attempts)" : ""));
            }
            Duration wait = backoff(attempt, retryAfter);
            context.log("optimade: " + url + ": " + lastFailure + "; retry " + (attempt + 1) + " of " + query.retries() + " in "
                    + wait.toMillis() + " ms");
            sleep(wait);
        }
    }

    /** @return the wait before retry number {@code attempt + 1}: back-off × 2^attempt, or Retry-After if longer; at most 60 s */
    Duration backoff(int attempt, Optional<Duration> retryAfter) {
        Duration wait = query.backoff().multipliedBy(1L << Math.min(attempt, 20));
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            wait = retryAfter.get();
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private void sleep(Duration wait) throws DataSourceException {
        long end = System.nanoTime() + wait.toNanos();
        try {
            for (long left = wait.toNanos(); left > 0; left = end - System.nanoTime()) {
                context.checkCancelled();
                Thread.sleep(Math.max(1, Math.min(100, left / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataSourceException("optimade: interrupted while waiting to retry");
        }
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP date: the back-off applies
        }
    }

    private static String body(URI url, HttpResponse<InputStream> response) throws IOException, DataSourceException {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new DataSourceException("optimade: " + url + ": response larger than " + (MAX_BODY_BYTES >> 20)
                        + " MB; ask for fewer entries per page (pageLimit)");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static JsonObject entries(URI url, String body) throws DataSourceException {
        JsonObject page;
        try {
            JsonElement json = JsonParser.parseString(body);
            if (!json.isJsonObject()) {
                throw new DataSourceException("optimade: " + url + ": the response is not a JSON object");
            }
            page = json.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new DataSourceException("optimade: " + url + ": the response is not JSON (" + e.getMessage() + ")");
        }
        if (page.has("errors") && !page.has("data")) {
            throw new DataSourceException("optimade: " + url + " reported an error" + details(body));
        }
        if (!page.has("data") || !page.get("data").isJsonArray()) {
            throw new DataSourceException("optimade: " + url + ": the response has no 'data' list; is this an OPTIMADE "
                    + "structures endpoint?");
        }
        return page;
    }

    /** @return {@code ": detail; detail"} from an OPTIMADE/JSON:API error document, or {@code ""} */
    static String details(String body) {
        List<String> details = new ArrayList<>();
        try {
            JsonElement json = JsonParser.parseString(body);
            if (json.isJsonObject() && json.getAsJsonObject().has("errors") && json.getAsJsonObject().get("errors").isJsonArray()) {
                for (JsonElement error : json.getAsJsonObject().getAsJsonArray("errors")) {
                    if (error.isJsonObject()) {
                        JsonObject e = error.getAsJsonObject();
                        String title = text(e, "title");
                        String detail = text(e, "detail");
                        details.add(title.isEmpty() ? detail : detail.isEmpty() ? title : title + ": " + detail);
                    }
                }
            }
        } catch (JsonParseException | IllegalStateException e) {
            // not JSON: the status says enough
        }
        details.removeIf(String::isEmpty);
        return details.isEmpty() ? "" : ": " + String.join("; ", details);
    }

    private static String text(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v == null || v.isJsonNull() ? "" : v.isJsonPrimitive() ? v.getAsString() : v.toString();
    }
}
