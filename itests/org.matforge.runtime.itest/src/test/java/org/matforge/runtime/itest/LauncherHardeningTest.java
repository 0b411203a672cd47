package org.matforge.runtime.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.itest.support.HostileArguments;
import org.matforge.itest.support.TestBundles;
import org.matforge.runtime.itest.Launcher.Result;
import org.matforge.runtime.itest.plugins.BlockingActivator;
import org.matforge.runtime.itest.plugins.ExitingFeaturizer;
import org.matforge.runtime.itest.plugins.ThrowingActivator;
import org.matforge.runtime.itest.plugins.ThrowingComponent;

import com.google.gson.JsonParser;

/**
 * The launcher against hostile input and broken plug-ins (issue 15): arguments reach commands unchanged, broken
 * plug-ins are listed without stack traces and cannot hang a command or the exit, signals cancel the running run,
 * a plug-in's System.exit is recorded.
 */
class LauncherHardeningTest {
    /** Shortens the bounded shutdown after a stuck plug-in (default 20 s) for these tests. */
    private static final Map<String, String> SHORT_SHUTDOWN = Map.of("MATFORGE_JAVA_OPTS", "-Dmatforge.shutdown.timeout=5");

    @TempDir
    Path home;

    @Test
    void hostileArgumentsReachTheCommandUnchanged() throws Exception {
        List<String> table = HostileArguments.all();
        assertTrue(table.size() >= 50);
        int chunk = (table.size() + 1) / 2;
        for (int from = 0; from < table.size(); from += chunk) {
            List<String> args = table.subList(from, Math.min(table.size(), from + chunk));
            List<String> command = new ArrayList<>(List.of("args"));
            command.addAll(args);
            Result r = Launcher.run(home, command.toArray(String[]::new));
            assertEquals(0, r.status(), r.toString());
            List<String> received = r.out().lines().map(line -> JsonParser.parseString(line).getAsString()).toList();
            assertEquals(args, received, r.toString());
        }
    }

    @Test
    void anInjectionAttemptIsPrintedNotRunAndQuotesWork() throws Exception {
        Result injection = Launcher.run(home, "echo", "hello'; echo INJECTED; #");
        assertEquals(0, injection.status(), injection.toString());
        assertEquals(List.of("hello'; echo INJECTED; #"), injection.out().lines().toList(), injection.toString());
        Result quotes = Launcher.run(home, "echo", "it's", "a\\");
        assertEquals(List.of("it's a\\"), quotes.out().lines().toList(), quotes.toString());
    }

    @Test
    void theRemoteShellCannotBeStarted() throws Exception {
        Result direct = Launcher.run(home, "telnetd", "start");
        assertEquals(1, direct.status(), direct.toString());
        assertTrue(direct.err().contains("remote shell (telnetd) is disabled"), direct.toString());
        Result scripted = Launcher.run(home, "gosh", "-c", "gogo:telnetd -p 20199 start");
        assertNotEquals(0, scripted.status(), scripted.toString());
        assertTrue(scripted.err().contains("remote shell (telnetd) is disabled"), scripted.toString());
    }

    @Test
    void everyBrokenPluginIsListedInOneLineAndNoneHangsACommand() throws Exception {
        Path plugins = home.resolve("plugins");
        Files.createDirectories(plugins);
        Files.write(plugins.resolve("blocking.jar"), bundle("org.example.blocking", BlockingActivator.class, Map.of()));
        Files.write(plugins.resolve("throwing.jar"), bundle("org.example.throwing", ThrowingActivator.class, Map.of()));
        Files.write(plugins.resolve("unresolvable.jar"), TestBundles.jar("org.example.unresolvable", "1.0.0",
                Map.of("Import-Package", "org.example.nowhere"), Map.of()));
        String xml = "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"org.example.throwing.component\""
                + " immediate=\"true\"><implementation class=\"" + ThrowingComponent.class.getName() + "\"/></scr:component>";
        Files.write(plugins.resolve("component.jar"), bundle("org.example.component", ThrowingComponent.class,
                Map.of("Service-Component", "OSGI-INF/component.xml"), Map.of("OSGI-INF/component.xml", xml.getBytes(StandardCharsets.UTF_8))));
        Files.write(plugins.resolve("notabundle.jar"), jarWithoutManifestHeaders());

        Result listing = Launcher.run(home, SHORT_SHUTDOWN, "plugins");
        assertEquals(0, listing.status(), listing.toString());
        String problems = listing.out().substring(listing.out().indexOf("problems ("));
        assertTrue(problems.lines().anyMatch(l -> l.contains("org.example.blocking") && l.contains("stuck starting")), listing.toString());
        assertTrue(problems.lines().anyMatch(l -> l.contains("org.example.throwing") && l.contains("activator failed")), listing.toString());
        assertTrue(problems.lines().anyMatch(l -> l.contains("org.example.unresolvable") && l.contains("cannot be resolved")
                && l.contains("org.example.nowhere")), listing.toString());
        assertTrue(problems.lines().anyMatch(l -> l.contains("org.example.throwing.component") && l.contains("failed to activate")
                && l.contains("no calibration table")), listing.toString());
        assertTrue(problems.lines().anyMatch(l -> l.contains("notabundle.jar") && l.contains("not a bundle")), listing.toString());
        assertNoStackTrace(listing);
        assertTrue(listing.err().contains("did not stop within 5 s") && listing.err().contains("org.example.blocking"), listing.toString());
        assertTrue(listing.err().lines().anyMatch(l -> l.startsWith("WARN") && l.contains("org.example.throwing") && l.contains("licence file missing")),
                listing.toString());

        Result runs = Launcher.run(home, SHORT_SHUTDOWN, "runs");
        assertEquals(0, runs.status(), runs.toString());
        assertTrue(runs.out().contains("no runs yet"), runs.toString());
        assertNoStackTrace(runs);
    }

    @Test
    void sigtermCancelsTheRunningRunWithTheReason() throws Exception {
        cancelledBySignal("TERM", List.of(), 143);
    }

    @Test
    void ctrlCCancelsTheRunningRunWithTheReason() throws Exception {
        // a process started in the background may inherit SIGINT ignored; a terminal's Ctrl-C is never ignored
        cancelledBySignal("INT", List.of("env", "--default-signal=INT"), 130);
    }

    private void cancelledBySignal(String signal, List<String> prefix, int expectedStatus) throws Exception {
        Files.writeString(home.resolve("slow.json"), """
                {"schema": 1, "name": "slow", "seed": 3, "steps": [
                  {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
                  {"name": "features", "type": "featurize", "input": "data", "featurizers": ["magpie"]},
                  {"name": "gap", "type": "train-predictor", "input": "features", "trainer": "mlp-ensemble",
                   "target": "band_gap", "unit": "eV", "parameters": {"members": 2, "epochs": 5000, "layers": "64,64"}}
                ]}
                """);
        Process p = Launcher.start(home, prefix, Map.of(), "run", "slow.json");
        while (!runLog().contains("step 'gap' (train-predictor) started") && p.isAlive()) {
            Thread.sleep(100);
        }
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
        Result r = Launcher.finish(home, p, "run", "slow.json");
        assertEquals(expectedStatus, r.status(), r.toString());
        String status = Files.readString(onlyRun().resolve("status.json"));
        assertTrue(status.contains("\"status\": \"CANCELLED\""), status);
        assertTrue(status.contains("the runtime received SIG" + signal), status);
        assertTrue(r.err().contains("SIG" + signal + " received"), r.toString());
        assertNoStackTrace(r);
    }

    @Test
    void aPluginCallingSystemExitIsRecordedAsTheReason() throws Exception {
        Files.createDirectories(home.resolve("plugins"));
        Files.write(home.resolve("plugins/exiting.jar"), bundle("org.example.exiting", ExitingFeaturizer.class,
                Map.of("Import-Package", "org.osgi.framework,org.matforge.spi.featurizer,org.matforge.api.chem")));
        Files.writeString(home.resolve("exit.json"), """
                {"schema": 1, "name": "exit", "seed": 3, "steps": [
                  {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
                  {"name": "features", "type": "featurize", "input": "data", "featurizers": ["exit-now"]}
                ]}
                """);
        Result r = Launcher.run(home, "run", "exit.json");
        assertNotEquals(0, r.status(), r.toString());
        String status = Files.readString(onlyRun().resolve("status.json"));
        assertTrue(status.contains("\"status\": \"INTERRUPTED\""), status);
        assertTrue(status.contains("System.exit called by " + ExitingFeaturizer.class.getName() + ".featurize"), status);
        assertTrue(Files.readString(onlyRun().resolve("run.log")).contains("System.exit called by"), "run.log says why");
    }

    private static void assertNoStackTrace(Result r) {
        assertFalse(r.out().contains("\tat ") || r.err().contains("\tat "), "no stack trace for the user: " + r);
    }

    private String runLog() throws IOException {
        Path runs = home.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return "";
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            Path log = dirs.map(d -> d.resolve("run.log")).filter(Files::isRegularFile).findFirst().orElse(null);
            return log == null ? "" : Files.readString(log);
        }
    }

    private Path onlyRun() throws IOException {
        try (Stream<Path> runs = Files.list(home.resolve("runs"))) {
            List<Path> all = runs.toList();
            assertEquals(1, all.size(), "runs: " + all);
            return all.get(0);
        }
    }

    /** A bundle of one class from this module's test classes, as its activator unless a Service-Component is given. */
    private static byte[] bundle(String symbolicName, Class<?> type, Map<String, String> headers) throws IOException {
        return bundle(symbolicName, type, headers, Map.of());
    }

    private static byte[] bundle(String symbolicName, Class<?> type, Map<String, String> headers, Map<String, byte[]> more) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Import-Package", "org.osgi.framework");
        if (!headers.containsKey("Service-Component")) {
            all.put("Bundle-Activator", type.getName());
        }
        all.putAll(headers);
        Map<String, byte[]> entries = new LinkedHashMap<>(more);
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            entries.put(type.getName().replace('.', '/') + ".class", in.readAllBytes());
        }
        return TestBundles.jar(symbolicName, "1.0.0", all, entries);
    }

    private static byte[] jarWithoutManifestHeaders() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("a library, not a bundle".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
