package org.matforge.shell.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matforge.itest.support.HostileArguments;

class OneShotCommandTest {
    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final Recorder recorder = new Recorder();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private CommandProcessorImpl processor;

    /** A Gogo command that keeps what each call received. */
    public static final class Recorder {
        final List<List<String>> calls = new ArrayList<>();

        public void record(String... args) {
            calls.add(List.of(args));
        }
    }

    @BeforeEach
    void gogo() {
        threadIO.start();
        processor = new CommandProcessorImpl(threadIO);
        processor.addCommand("mf", recorder, "record");
        processor.addCommand("mf", new ArgsCommandComponent(), "args");
    }

    @AfterEach
    void stopGogo() {
        threadIO.stop();
    }

    @Test
    void everyHostileArgumentReachesTheCommandUnchangedAndAlone() throws Exception {
        List<String> table = new ArrayList<>(HostileArguments.all());
        table.add("\u0000nul");
        assertTrue(table.size() >= 50, "table size " + table.size());
        for (String arg : table) {
            recorder.calls.clear();
            execute("mf:record", List.of(arg));
            assertEquals(List.of(List.of(arg)), recorder.calls, "argument " + ArgsCommandComponent.json(arg));
        }
    }

    @Test
    void allArgumentsTogetherArriveInOrderAsOneCall() throws Exception {
        execute("mf:record", HostileArguments.all());
        assertEquals(List.of(HostileArguments.all()), recorder.calls);
        execute("mf:record", List.of());
        assertEquals(List.of(), recorder.calls.get(1));
    }

    @Test
    void argsPrintsEachArgumentAsAnAsciiJsonString() throws Exception {
        execute("mf:args", List.of("it's", "a\\", "\"q\"", "line1\nline2", "Na₂O \uD83D\uDE00", ""));
        assertEquals("\"it's\"\n\"a\\\\\"\n\"\\\"q\\\"\"\n\"line1\\u000aline2\"\n\"Na\\u2082O \\ud83d\\ude00\"\n\"\"\n",
                output.toString(StandardCharsets.US_ASCII));
    }

    private void execute(String function, List<String> args) throws Exception {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, out)) {
            session.execute(OneShotCommand.commandLine(session, function, args));
        }
    }

    @Test
    void reportsEveryMeaningfulMessageOfTheCauseChain() {
        Exception wrapped = new RuntimeException(new IllegalArgumentException("no column 'formula'"));
        assertEquals("no column 'formula'", OneShotCommand.rootMessage(wrapped));
        Exception located = new IllegalStateException("cannot read data.csv:17", new java.io.IOException("Malformed input"));
        assertEquals("cannot read data.csv:17: Malformed input", OneShotCommand.rootMessage(located));
        Exception repeated = new IllegalArgumentException("explain: bad file: truncated", new java.io.IOException("truncated"));
        assertEquals("explain: bad file: truncated", OneShotCommand.rootMessage(repeated));
        assertEquals("IllegalStateException", OneShotCommand.rootMessage(new IllegalStateException(new IllegalStateException())));
    }
}
