package org.matforge.commons.cli;

import java.io.PrintStream;

/** Progress of a row-streaming command on the terminal: "featurize: 1,234,567 rows" at most once a second, and a final count for runs that printed any. Thread-confined. */
public final class ProgressLine {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final String command;
    private final String unit;
    private final PrintStream terminal;
    private final long start = System.nanoTime();
    private long last = start;
    private long rows;
    private boolean printed;

    /** @param command prefix of each line @param terminal where lines go, usually stderr */
    public ProgressLine(String command, PrintStream terminal) {
        this(command, "rows", terminal);
    }

    /** @param command prefix of each line @param unit what is counted, e.g. "rows" or "%" @param terminal where lines go */
    public ProgressLine(String command, String unit, PrintStream terminal) {
        this.command = command;
        this.unit = unit;
        this.terminal = terminal;
    }

    /** @param rowsDone rows (or other units) finished so far */
    public void update(long rowsDone) {
        rows = rowsDone;
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NANOS) {
            last = now;
            printed = true;
            terminal.printf("%s: %,d %s%n", command, rows, unit);
        }
    }

    /** Prints the total when progress was shown. */
    public void finish() {
        if (printed) {
            terminal.printf("%s: %,d %s in %.1f s%n", command, rows, unit, (System.nanoTime() - start) / 1e9);
        }
    }
}
