package org.matforge.sdk.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows {@code docs/plugin-guide.md} literally: runs each marked block in order — the shell blocks with bash (their
 * {@code mvn} is this build's Maven with its repository and offline setting), the Gogo blocks typed into a running
 * {@code ./matforge} shell, the files saved into its home. So the archetype generates a project, the project builds,
 * passes the test kit and the runtime harness, its jar is copied into the plug-ins folder of a running runtime, and a
 * workflow there uses the new featurizer.
 */
class PluginGuideTest {
    private static final Path GUIDE = Checkout.ROOT.resolve("docs/plugin-guide.md");
    private static final Duration PLUGIN_WAIT = Duration.ofSeconds(30);
    private static final Duration COMMAND_WAIT = Duration.ofMinutes(5);
    private static final String PROMPT = "matforge> ";
    private static final Duration STARTUP = Duration.ofMinutes(2);

    @TempDir
    Path tmp;

    private Path home;
    private Process runtime;
    private Path runtimeOut;

    @Test
    void theGuideWorksAsWritten() throws Exception {
        List<GuideBlock> blocks = GuideBlock.read(GUIDE);
        assertEquals(List.of("shell", "shell", "start", "shell", "gogo", "file", "gogo"), blocks.stream().map(GuideBlock::action).toList(),
                "the guide's tested blocks: " + blocks);
        home = Files.createDirectories(tmp.resolve("home"));
        Files.createDirectories(tmp.resolve("work"));
        try {
            for (GuideBlock block : blocks) {
                switch (block.action()) {
                    case "shell" -> shell(block);
                    case "start" -> startRuntime(block);
                    case "gogo" -> gogo(block);
                    case "file" -> Files.writeString(home.resolve(block.argument()), block.text(), StandardCharsets.UTF_8);
                    default -> throw new AssertionError(block + ": unknown action");
                }
            }
            Path run = onlyRun("lab-featurizer");
            String provenance = Files.readString(run.resolve("run.json"));
            assertTrue(provenance.contains("\"org.example.lab.featurizer\"") && provenance.contains("atomic-number-stats"),
                    "run.json names the new featurizer and its bundle: " + run);
        } finally {
            stopRuntime();
        }
    }

    private void shell(GuideBlock block) throws IOException, InterruptedException {
        Path dir = tmp.resolve(block.argument().replaceFirst("^in ", ""));
        assertTrue(Files.isDirectory(dir), block + ": the folder " + dir + " should exist by now");
        String prelude = "set -euo pipefail\nmvn() { \"" + Checkout.mvn() + "\" " + String.join(" ", Checkout.mavenOptions()) + " \"$@\"; }\n";
        Path log = tmp.resolve("shell-" + block.line() + ".log");
        Checkout.Result r = Checkout.run(List.of("bash", "-c", prelude + block.text()), dir, Map.of("MATFORGE_HOME", home.toString()),
                log, 20);
        assertEquals(0, r.status(), block + " failed:\n" + tail(r.output()));
    }

    private void startRuntime(GuideBlock block) throws IOException, InterruptedException {
        assertEquals("./matforge", block.text().strip(), block + ": the runtime is started with ./matforge");
        runtimeOut = tmp.resolve("runtime.log");
        ProcessBuilder pb = new ProcessBuilder("bash", Checkout.SCRIPT.toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(runtimeOut.toFile());
        pb.environment().put("MATFORGE_HOME", home.toString());
        pb.environment().put("MATFORGE_JAR", Checkout.RUNTIME_JAR.toString());
        pb.environment().put("OMP_NUM_THREADS", "1");
        runtime = pb.start();
        awaitOutput(0, PROMPT, Duration.ofMinutes(2), block);
    }

    /**
     * Types the block's command; for a plug-in listing, again every 2 s until the expected text appears (a plug-in
     * dropped in is taken in within about a second). A command that is not registered yet is typed again for up to
     * {@link #STARTUP}, though the shell reads commands only once the runtime has started.
     */
    private void gogo(GuideBlock block) throws IOException, InterruptedException {
        String expect = block.argument().replaceFirst("^expect ", "");
        String command = block.text().strip();
        boolean listing = command.equals("mf:plugins");
        long deadline = System.nanoTime() + (listing ? PLUGIN_WAIT : COMMAND_WAIT).toNanos();
        long startup = System.nanoTime() + STARTUP.toNanos();
        while (true) {
            int from = Files.readString(runtimeOut).length();
            type(command);
            String out = awaitOutput(from, PROMPT, COMMAND_WAIT, block);
            if (out.contains(expect)) {
                return;
            }
            boolean starting = out.contains("matforge: no command") && System.nanoTime() < startup;
            boolean failed = out.contains("gogo: ") || out.lines().anyMatch(l -> l.startsWith("matforge "));
            assertFalse(failed && !listing && !starting, block + ": the command failed:\n" + tail(out));
            if (!listing && !starting || System.nanoTime() > deadline) {
                throw new AssertionError(block + ": '" + expect + "' not in the output:\n" + tail(out));
            }
            Thread.sleep(2000);
        }
    }

    private void type(String command) throws IOException {
        OutputStream in = runtime.getOutputStream();
        in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** @return the output after {@code from} once a new prompt follows it (the shell echoes nothing on a pipe) */
    private String awaitOutput(int from, String end, Duration wait, GuideBlock block) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String all = Files.readString(runtimeOut);
            String out = all.length() > from ? all.substring(from) : "";
            if (out.contains(end)) {
                return out;
            }
            assertTrue(runtime.isAlive(), block + ": the runtime ended:\n" + tail(all));
            Thread.sleep(250);
        }
        throw new AssertionError(block + ": no answer within " + wait + ":\n" + tail(Files.readString(runtimeOut)));
    }

    private void stopRuntime() throws InterruptedException {
        if (runtime == null) {
            return;
        }
        try {
            runtime.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        if (!runtime.waitFor(60, TimeUnit.SECONDS)) {
            runtime.descendants().forEach(ProcessHandle::destroyForcibly);
            runtime.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Path onlyRun(String name) throws IOException {
        try (Stream<Path> runs = Files.list(home.resolve("runs"))) {
            List<Path> matching = runs.filter(p -> p.getFileName().toString().endsWith("-" + name)).toList();
            assertEquals(1, matching.size(), "runs: " + matching);
            return matching.get(0);
        }
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : "…" + text.substring(text.length() - 6000);
    }
}
