package org.matforge.orchestrator.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.orchestrator.internal.command.RunCommands;
import org.matforge.orchestrator.internal.store.ProcessIdentity;
import org.matforge.orchestrator.internal.store.RunStore;

import picocli.CommandLine.ParameterException;

/** The run commands over a real engine and run store (issue 19: help, where runs are, run-id prefixes). */
class RunCommandsTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path root;

    private Orchestrator orchestrator;
    private RunCommands commands;
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        InProcessPlugins plugins = new InProcessPlugins();
        orchestrator = new Orchestrator(new Settings(root.resolve("runs"), 2, Duration.ZERO), plugins, plugins, e -> { }, Clock.systemUTC(),
                new RunStore(root.resolve("runs"), ProcessIdentity.current()));
        commands = new RunCommands(orchestrator, id -> () -> { });
    }

    @AfterEach
    void stop() throws Exception {
        orchestrator.close();
    }

    private String submit(String name) throws Exception {
        String id = orchestrator.submit("""
                {"schema": 1, "name": "%s", "steps": [{"name": "data", "type": "load", "source": "expt-gap", "parameters": {"rows": 5}}]}
                """.formatted(name));
        orchestrator.await(id, LIMIT);
        return id;
    }

    @Test
    void runsHelpIsUsageNotCannotCoerce() {
        String usage = commands.runs("--help");
        assertTrue(usage.startsWith("Usage: runs [-h]"), usage);
        assertEquals("runs: unexpected argument 'x' (see: runs --help)", assertThrows(ParameterException.class, () -> commands.runs("x")).getMessage());
    }

    @Test
    void runHelpIsUsageNotNoSuchWorkflowFile() throws Exception {
        String usage = commands.run(new PrintStream(terminal, true, StandardCharsets.UTF_8), "--help");
        assertTrue(usage.startsWith("Usage: run [-h] [--detach] WORKFLOW") && usage.contains("Example"), usage);
        assertTrue(usage.contains("run examples/workflows/wide-gap-gan.json"), usage);
    }

    @Test
    void runsSayWhereTheyAreStored() throws Exception {
        assertEquals("no runs yet in " + root.resolve("runs").toAbsolutePath() + " — start one with: run examples/workflows/wide-gap-gan.json",
                commands.runs());
        String id = submit("listed");
        String listing = commands.runs();
        assertTrue(listing.startsWith("runs in " + root.resolve("runs").toAbsolutePath() + "\nRUN "), listing);
        assertTrue(listing.contains(id + " ") && listing.contains("SUCCEEDED"), listing);
    }

    @Test
    void runIdsAcceptAUniquePrefix() throws Exception {
        String first = submit("alpha");
        String second = submit("beta");
        String unique = first.substring(0, first.length() - 2);
        String shown = commands.show(unique);
        assertTrue(shown.startsWith("run       " + first + "\n"), shown);
        assertTrue(shown.contains("folder    " + root.resolve("runs").resolve(first).toAbsolutePath()), shown);

        String common = commonPrefix(first, second);
        IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class, () -> commands.show(common));
        assertTrue(ambiguous.getMessage().startsWith("show: run id '" + common + "' is ambiguous: it starts 2 runs ("), ambiguous.getMessage());
        assertTrue(ambiguous.getMessage().contains(first) && ambiguous.getMessage().contains(second), ambiguous.getMessage());

        String over = assertThrows(IllegalArgumentException.class, () -> commands.cancel(second.substring(0, second.length() - 1))).getMessage();
        assertEquals("cancel: run " + second + " is succeeded, not queued or running", over);
        assertEquals("show: no run 'nope' in " + root.resolve("runs").toAbsolutePath() + "; see: runs",
                assertThrows(IllegalArgumentException.class, () -> commands.show("nope")).getMessage());
        assertTrue(Files.isDirectory(root.resolve("runs").resolve(first)));
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < Math.min(a.length(), b.length()) && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, Math.max(1, n));
    }
}
