import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Load test of a running {@code ./matforge serve} on loopback (run by benchmarks/server-load.sh, which starts and stops
 * the server): N small runs submitted at once, M clients polling run status in a loop, S Server-Sent Event streams
 * following the runs to their end. Prints p50/p95/p99 latency and the errors per kind of request as a Markdown table.
 * Usage: java ServerLoad.java BASE_URL TOKEN_FILE [runs=50] [pollers=200] [streams=100]
 */
public final class ServerLoad {
    private static final String SMALL = """
            {"schema": 1, "name": "load-%d", "steps": [
              {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
              {"name": "features", "type": "featurize", "input": "data", "featurizers": ["stoichiometry"]}]}
            """;
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

    private static final Map<String, List<Long>> LATENCY = new ConcurrentHashMap<>();
    private static final Map<String, Map<Integer, Integer>> CODES = new ConcurrentHashMap<>();
    private static final List<String> ERRORS = new CopyOnWriteArrayList<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = Files.readString(Path.of(args[1])).replaceAll("(?s).*\"submit\": \"([^\"]+)\".*", "$1").trim();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int pollers = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int streams = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        long t0 = System.nanoTime();

        // 1. submit the runs at once
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        List<java.lang.Thread> submitters = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            int n = i;
            submitters.add(Thread.startVirtualOrPlatform(() -> {
                HttpResponse<String> r = call(http, "submit", HttpRequest.newBuilder(URI.create(base + "/runs")).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SMALL.formatted(n))));
                if (r != null && r.statusCode() == 202) {
                    Matcher m = ID.matcher(r.body());
                    if (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            }));
        }
        for (java.lang.Thread t : submitters) {
            t.join();
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no run was accepted: " + CODES);
        }

        // 2. event streams following the runs to their end; 3. pollers until every stream has seen 'done'
        CountDownLatch done = new CountDownLatch(streams);
        AtomicBoolean polling = new AtomicBoolean(true);
        List<java.lang.Thread> threads = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            String id = ids.get(i % ids.size());
            threads.add(Thread.startVirtualOrPlatform(() -> {
                try {
                    stream(http, base, token, id);
                } finally {
                    done.countDown();
                }
            }));
        }
        for (int i = 0; i < pollers; i++) {
            threads.add(Thread.startVirtualOrPlatform(() -> {
                while (polling.get()) {
                    String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                    call(http, "status", HttpRequest.newBuilder(URI.create(base + "/runs/" + id)).header("Authorization", "Bearer " + token).GET());
                }
            }));
        }
        done.await();
        polling.set(false);
        for (java.lang.Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        // final statuses
        Map<String, Integer> statuses = new TreeMap<>();
        for (String id : ids) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/runs/" + id)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = STATUS.matcher(r.body());
            statuses.merge(m.find() ? m.group(1) : "?", 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%d runs submitted (%d accepted), %d status pollers, %d event streams; %.1f s wall clock; final run statuses %s%n",
                runs, ids.size(), pollers, streams, seconds, statuses);
        System.out.println("| request | count | p50 ms | p95 ms | p99 ms | max ms | answers |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String kind : new TreeMap<>(LATENCY).keySet()) {
            List<Long> l = new ArrayList<>(LATENCY.get(kind));
            Collections.sort(l);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s |%n", kind, l.size(), pct(l, 50), pct(l, 95), pct(l, 99),
                    l.get(l.size() - 1) / 1e6, new TreeMap<>(CODES.getOrDefault(kind, Map.of())));
        }
        System.out.println("errors (transport or unexpected status): " + ERRORS.size() + (ERRORS.isEmpty() ? "" : " e.g. " + ERRORS.subList(0, Math.min(5, ERRORS.size()))));
    }

    /** Follows a run's events to 'done'; records the time to the first event ("events: first") and to 'done' ("events: done"). */
    private static void stream(HttpClient http, String base, String token, String id) {
        long start = System.nanoTime();
        try {
            HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(URI.create(base + "/runs/" + id + "/events"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(30)).GET().build(), HttpResponse.BodyHandlers.ofLines());
            CODES.computeIfAbsent("events: done", k -> new ConcurrentHashMap<>()).merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() != 200) {
                ERRORS.add("events " + r.statusCode());
                r.body().close();
                return;
            }
            boolean first = true;
            try (Stream<String> lines = r.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith("event: ")) {
                        if (first) {
                            record("events: first", start, 200);
                            first = false;
                        }
                        if (line.equals("event: done")) {
                            LATENCY.computeIfAbsent("events: done", k -> new CopyOnWriteArrayList<>()).add(System.nanoTime() - start);
                            return;
                        }
                    }
                }
            }
            ERRORS.add("events of " + id + " ended without 'done'");
        } catch (Exception e) {
            ERRORS.add("events: " + e);
        }
    }

    private static HttpResponse<String> call(HttpClient http, String kind, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            record(kind, start, r.statusCode());
            if (r.statusCode() >= 300 && r.statusCode() != 429) {
                ERRORS.add(kind + " " + r.statusCode() + " " + r.body());
            }
            return r;
        } catch (Exception e) {
            ERRORS.add(kind + ": " + e);
            return null;
        }
    }

    private static void record(String kind, long start, int code) {
        LATENCY.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime() - start);
        CODES.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).merge(code, 1, Integer::sum);
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    /** Java 17 has no virtual threads: a platform thread. */
    private static final class Thread {
        static java.lang.Thread startVirtualOrPlatform(Runnable r) {
            java.lang.Thread t = new java.lang.Thread(r);
            t.setDaemon(true);
            t.start();
            return t;
        }
    }
}
