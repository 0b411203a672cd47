package org.matforge.datasources.internal.command;

import java.io.PrintStream;

import org.matforge.spi.task.TaskContext;

/** Progress on one rewritten terminal line (at most twice a second), log lines on their own lines; never cancelled. */
final class TerminalContext implements TaskContext {
    private static final long INTERVAL_NANOS = 500_000_000L;

    private final PrintStream terminal;
    private long last = System.nanoTime();
    private boolean open;

    TerminalContext(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NANOS) {
            last = now;
            terminal.print("\r" + message + "\u001b[K");
            terminal.flush();
            open = true;
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
