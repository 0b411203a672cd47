package org.matforge.commons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

class CliTest {
    @Command(name = "convert", description = "convert a table", footerHeading = "%nExample:%n", footer = "  convert --input a.csv --output b.csv")
    static final class Convert {
        @Option(names = "--input", required = true, paramLabel = "FILE", description = "the table to read")
        Path input;
        @Option(names = "--output", required = true, paramLabel = "FILE", description = "where to write")
        Path output;
        @Option(names = "--formula-column", paramLabel = "COLUMN", description = "the formula column")
        String formulaColumn = "formula";
    }

    @Command(name = "campaign", description = "campaigns", subcommands = {Start.class, Status.class})
    static final class Campaign {
    }

    @Command(name = "start", description = "start one")
    static final class Start {
        @Option(names = "--name", required = true, description = "its name")
        String name;
    }

    @Command(name = "status", description = "show one")
    static final class Status {
    }

    private static String convert(String... args) {
        return Cli.run(new Convert(), args, o -> o.input + " -> " + o.output + " (" + o.formulaColumn + ")");
    }

    private static String usageError(Runnable call) {
        return assertThrows(ParameterException.class, call::run).getMessage();
    }

    @Test
    void optionsAreFilledInWithTheirDefaults() {
        assertEquals("a.csv -> b.csv (formula)", convert("--input", "a.csv", "--output=b.csv"));
        assertEquals("@a.csv -> b.csv (composition)", convert("--input", "@a.csv", "--output", "b.csv", "--formula-column", "composition"));
    }

    @Test
    void helpFlagPrintsUsageWithOptionsDefaultsAndExample() {
        for (String flag : new String[] {"--help", "-h"}) {
            String usage = convert(flag);
            assertTrue(usage.startsWith("Usage: convert [-h] [--formula-column=COLUMN] --input=FILE --output=FILE\nconvert a table"), usage);
            assertTrue(usage.contains("--formula-column=COLUMN") && usage.contains("the formula column") && usage.contains("Default: formula"), usage);
            assertTrue(usage.endsWith("Example:\n  convert --input a.csv --output b.csv"), usage);
        }
    }

    @Test
    void misspelledOptionGetsDidYouMeanBeforeMissingOnes() {
        assertEquals("convert: unknown option '--inptu'; did you mean --input? (see: convert --help)",
                usageError(() -> convert("--inptu", "a.csv", "--output", "b.csv")));
        assertEquals("convert: unknown option '--formula-colum'; did you mean --formula-column? (see: convert --help)",
                usageError(() -> convert("--formula-colum", "c")));
    }

    @Test
    void wrongUsageIsOneLineNamingTheOption() {
        assertEquals("convert: missing required option --output (see: convert --help)", usageError(() -> convert("--input", "a.csv")));
        assertEquals("convert: option --output needs a value (see: convert --help)", usageError(() -> convert("--input", "a.csv", "--output")));
        assertEquals("convert: option --input given twice (see: convert --help)",
                usageError(() -> convert("--input", "a.csv", "--input", "b.csv", "--output", "c.csv")));
        assertEquals("convert: unexpected argument 'a.csv' (see: convert --help)", usageError(() -> convert("a.csv")));
    }

    @Test
    void subcommandsAreDispatchedAndMistypedOnesGetDidYouMean() {
        assertEquals("start x", Cli.dispatch(new Campaign(), new String[] {"start", "--name", "x"}, o -> "start " + ((Start) o).name));
        assertEquals("campaign: no subcommand 'stat'; did you mean start? (see: campaign --help)",
                usageError(() -> Cli.dispatch(new Campaign(), new String[] {"stat"}, o -> "")));
        assertEquals("campaign: give a subcommand: start, status (see: campaign --help)",
                usageError(() -> Cli.dispatch(new Campaign(), new String[0], o -> "")));
        assertEquals("campaign start: missing required option --name (see: campaign start --help)",
                usageError(() -> Cli.dispatch(new Campaign(), new String[] {"start"}, o -> "")));
        String usage = Cli.dispatch(new Campaign(), new String[] {"start", "--help"}, o -> "");
        assertTrue(usage.startsWith("Usage: campaign start [-h] --name=<name>"), usage);
    }
}
