package org.matforge.datasources.internal.command;

import java.io.PrintStream;

import org.matforge.spi.task.TaskContext;

/**
 * Progress on one rewritten terminal line (at most twice a second) — or, when the output is no terminal, as plain
 * lines without control codes (at most one every few seconds) — and log lines on their own lines; never cancelled.
 */
final class TerminalContext implements TaskContext {
    private static final long INTERVAL_NANOS = 500_000_000L;
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream terminal;
    private final boolean rewrite;
    private long last;
    private boolean open;

    /** @param terminal where progress goes @param rewrite whether it is a terminal that takes control codes ({@link org.matforge.commons.cli.Terminal}) */
    TerminalContext(PrintStream terminal, boolean rewrite) {
        this.terminal = terminal;
        this.rewrite = rewrite;
        this.last = System.nanoTime() - PLAIN_INTERVAL_NANOS;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        long now = System.nanoTime();
        if (now - last >= (rewrite ? INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
            last = now;
            if (rewrite) {
                terminal.print("\r" + message + "\u001b[K");
                open = true;
            } else {
                terminal.println(message);
            }
            terminal.flush();
        }
    }

    @Override
    public synchronized void log(String message) {
        endLine();
        terminal.println(message);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    synchronized void endLine() {
        if (open) {
            terminal.print("\r\u001b[K");
            terminal.flush();
            open = false;
        }
    }
}
