package org.matforge.runtime.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, "a command line that helps", through the script as a user types it: the command list, every command's
 * --help, usage errors with exit status 2, the interactive shell, run --detach, run-id prefixes and the run store.
 */
class CommandLineTest {
    private static final Pattern LISTED = Pattern.compile("^  ([a-z][a-z-]*) +(\\S.*)$");

    @TempDir
    static Path home;

    @BeforeAll
    static void runtimeIsBuilt() {
        assertTrue(Files.isRegularFile(Launcher.JAR), "the runtime module exports " + Launcher.JAR + " before this module runs");
    }

    private static List<String> listedCommands(String out) {
        return out.lines().map(LISTED::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
    }

    @Test
    void helpFlagListsCommands() throws Exception {
        for (String flag : List.of("--help", "help", "-h")) {
            Launcher.Result r = Launcher.run(home, flag);
            assertEquals(0, r.status(), r.toString());
            List<String> commands = listedCommands(r.out());
            assertTrue(commands.containsAll(List.of("run", "runs", "show", "cancel", "data", "featurize", "validity", "explain", "interpolate",
                    "hull", "model", "optimise", "plugins", "backends", "help", "completion")), r.toString());
            assertTrue(r.out().lines().filter(l -> LISTED.matcher(l).matches()).allMatch(l -> l.length() > 20), "a summary on every line: " + r);
        }
    }

    @Test
    void unknownCommandExitsTwoWithTheListAndDidYouMean() throws Exception {
        Launcher.Result r = Launcher.run(home, "featurise", "--input", "x.csv");
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().startsWith("matforge: no command 'featurise'; did you mean featurize?\nMatForge commands"), r.toString());
        assertTrue(listedCommands(r.err()).contains("run"), r.toString());
    }

    @Test
    void wrongOptionExitsTwoWithDidYouMean() throws Exception {
        Launcher.Result r = Launcher.run(home, "featurize", "--featurizer", "magpie", "--input", "x.csv", "--output", "y.csv");
        assertEquals(2, r.status(), r.toString());
        assertEquals("matforge featurize: unknown option '--featurizer'; did you mean --featurizers? (see: featurize --help)\n", r.err());
    }

    @Test
    void runHelpIsUsageNotNoSuchWorkflowFile() throws Exception {
        for (String command : List.of("run", "runs")) {
            Launcher.Result r = Launcher.run(home, command, "--help");
            assertEquals(0, r.status(), r.toString());
            assertTrue(r.out().startsWith("Usage: " + command + " [-h]") && r.err().isEmpty(), r.toString());
        }
    }

    /**
     * Every command the runtime registers answers --help with its usage and an example, without failing, in one
     * interactive shell whose input is written before it has started: the commands wait for start-up, and exit ends it.
     */
    @Test
    void everyCommandHasHelpAndTheShellWaitsForStartupAndExits() throws Exception {
        Launcher.Result listing = Launcher.run(home, "help");
        List<String> commands = listedCommands(listing.out());
        assertTrue(commands.size() >= 17, listing.toString());
        Process shell = Launcher.start(home, List.of(), Map.of());
        try (OutputStream in = shell.getOutputStream()) {
            String typed = commands.stream().map(c -> c + " --help\n").collect(Collectors.joining()) + "exit\n";
            in.write(typed.getBytes(StandardCharsets.UTF_8));
        }
        Launcher.Result r = Launcher.finish(home, shell, "(interactive)");
        assertEquals(0, r.status(), r.toString());
        for (String command : commands) {
            assertTrue(r.out().contains("Usage: " + command + " "), command + " --help shows its usage: " + r);
        }
        assertEquals(commands.size(), r.out().split("\nExamples?:\n", -1).length - 1, "an example for every command: " + r);
        assertTrue(r.err().lines().noneMatch(l -> l.startsWith("matforge") || l.contains("not found")), "no command failed or was missing: " + r);
    }

    @Test
    void exitWorksInShell() throws Exception {
        Process shell = Launcher.start(home, List.of(), Map.of());
        try (OutputStream in = shell.getOutputStream()) {
            in.write("runz\nexit 3\n".getBytes(StandardCharsets.UTF_8));
        }
        Launcher.Result r = Launcher.finish(home, shell, "(interactive)");
        assertEquals(3, r.status(), r.toString());
        assertTrue(r.err().contains("matforge: no command 'runz'; did you mean run"), r.toString());
        assertFalse(r.err().contains("Cannot coerce"), r.toString());
    }

    /** run --detach returns once the run has started; the run goes on in its own process, seen by runs and show. */
    @Test
    void runDetachReturnsAtOnceAndRunsAreStoredWhereSaid() throws Exception {
        Path store = home.resolve("elsewhere/runs");
        Path workflow = Files.writeString(home.resolve("detached.json"), """
                {"schema": 1, "name": "detached", "seed": 3, "steps": [
                  {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
                  {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"]},
                  {"name": "features", "type": "featurize", "input": "clean", "featurizers": ["stoichiometry"]}
                ]}
                """);
        Launcher.Result started = Launcher.run(home, "--runs", store.toString(), "run", "--detach", home.relativize(workflow).toString());
        assertEquals(0, started.status(), started.toString());
        Matcher m = Pattern.compile("^run (\\S+) started in the background \\(process \\d+\\): (.+)$", Pattern.MULTILINE).matcher(started.out());
        assertTrue(m.find(), started.toString());
        String id = m.group(1);
        assertEquals(store.resolve(id).toString(), m.group(2));

        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        Launcher.Result shown;
        do {
            shown = Launcher.run(home, "--runs", store.toString(), "show", id.substring(0, id.length() - 3));
            assertEquals(0, shown.status(), shown.toString());
        } while (!shown.out().contains("status    SUCCEEDED") && !shown.out().contains("FAILED") && Instant.now().isBefore(deadline));
        assertTrue(shown.out().contains("status    SUCCEEDED") && shown.out().contains("folder    " + store.resolve(id)), shown.toString());

        Launcher.Result listed = Launcher.run(home, "--runs", store.toString(), "runs");
        assertTrue(listed.out().startsWith("runs in " + store + "\n") && listed.out().contains(id), listed.toString());
        assertFalse(listed.out().contains("\u001b") || listed.err().contains("\u001b"), "no terminal codes in piped output: " + listed);
        Launcher.Result oneCharacter = Launcher.run(home, "--runs", store.toString(), "show", id.substring(0, 1));
        assertEquals(0, oneCharacter.status(), "one run: a one-character prefix is unique: " + oneCharacter);
    }

    @Test
    void pipedOutputHasNoTerminalCodes() throws Exception {
        Launcher.Result r = Launcher.run(home, "data", "--source", "builtin", "--dataset", "expt-gap", "--output", "gaps.csv");
        assertEquals(0, r.status(), r.toString());
        assertFalse(r.out().contains("\u001b") || r.err().contains("\u001b"), r.toString());
        assertTrue(r.out().endsWith("written to " + home.resolve("gaps.csv").toRealPath() + "\n"), "says where, in full: " + r);
    }
}
