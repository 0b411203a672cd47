package org.matforge.datasources.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Issue 19's trip: progress piped to a file carried raw terminal codes (ESC[K). */
class TerminalContextTest {
    @Test
    void pipedOutputHasNoTerminalCodes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalContext context = new TerminalContext(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        context.progress(0.5, "expt_gap: 2,302 of 4,604 rows");
        context.log("read 4,604 rows");
        context.endLine();
        assertEquals("expt_gap: 2,302 of 4,604 rows\nread 4,604 rows\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTerminalGetsOneRewrittenLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalContext context = new TerminalContext(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        context.progress(0.5, "half");
        context.log("done");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\rhalf\u001b[K\r\u001b[K") && out.endsWith("done\n"), out);
    }
}
