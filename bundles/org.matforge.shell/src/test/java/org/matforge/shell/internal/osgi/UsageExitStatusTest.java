package org.matforge.shell.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.ParameterException;

/** How the launcher reports a command's failure: wrong usage exits 2, any other failure 1, each in one line. */
class UsageExitStatusTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void wrongOptionExitsWithTwoAndDidYouMean() {
        ParameterException usage = assertThrows(ParameterException.class, () -> new PluginsCommandComponent(null).plugins("--verbos"));
        // Gogo hands the command's exception on as it is or wrapped; either way it is wrong usage
        assertEquals(OneShotCommand.USAGE, OneShotCommand.report(new IllegalStateException("invocation", usage), "plugins", err));
        assertEquals("matforge plugins: unknown option '--verbos' (see: plugins --help)\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void otherFailuresExitWithOneWithoutRepeatingTheCommand() {
        assertEquals(OneShotCommand.FAILED, OneShotCommand.report(new IllegalArgumentException("show: no run 'x'; see: runs"), "show", err));
        assertEquals(OneShotCommand.FAILED, OneShotCommand.report(new IllegalArgumentException("file not found"), "data", err));
        assertEquals("matforge show: no run 'x'; see: runs\nmatforge data: file not found\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownCommandGetsDidYouMeanAndTheListing() {
        CommandCatalog catalog = new CommandCatalog(List.of(new CommandCatalog.Entry("runs", "list the runs"),
                new CommandCatalog.Entry("featurize", "add feature columns")));
        assertEquals("featurize", catalog.closest("featurise").orElseThrow());
        assertEquals(List.of("featurize", "runs"), catalog.names());
        String listing = catalog.listing();
        assertEquals("  featurize  add feature columns", listing.lines().skip(1).findFirst().orElseThrow());
        assertEquals("  runs       list the runs", listing.lines().skip(2).findFirst().orElseThrow());
    }

    @Test
    void exitWorksInShell() {
        assertEquals(0, InteractiveShell.exitStatus("exit"));
        assertEquals(0, InteractiveShell.exitStatus("quit"));
        assertEquals(3, InteractiveShell.exitStatus("exit 3"));
        assertNull(InteractiveShell.exitStatus("exits"));
        assertNull(InteractiveShell.exitStatus("run exit"));
    }
}
