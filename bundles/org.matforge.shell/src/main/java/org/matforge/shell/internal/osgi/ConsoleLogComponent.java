package org.matforge.shell.internal.osgi;

import java.io.PrintStream;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Routes the OSGi log service to the console (standard error): one line per entry at or above the configured level,
 * with the exception's message but no stack trace unless the level is DEBUG.
 */
@Component(immediate = true, service = {}, configurationPid = "org.matforge.shell.console")
@Designate(ocd = ConsoleLogComponent.Config.class)
public class ConsoleLogComponent implements LogListener {

    /** Configuration of the console log (PID {@code org.matforge.shell.console}). */
    @ObjectClassDefinition(name = "MatForge console log")
    public @interface Config {
        /** @return lowest level printed */
        @AttributeDefinition(description = "lowest level printed: ERROR, WARN, INFO or DEBUG; empty = framework property matforge.log.level, else INFO")
        String level() default "";
    }

    private final LogReaderService reader;
    private final LogLevel threshold;
    /** The process's standard error, not Gogo's per-session System.err. */
    private final PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true);

    /** Starts listening. */
    @Activate
    public ConsoleLogComponent(@Reference LogReaderService reader, Config config, org.osgi.framework.BundleContext context) {
        this.reader = reader;
        String level = config.level().isBlank() ? context.getProperty("matforge.log.level") : config.level();
        this.threshold = parse(level);
        long listeningSince = System.currentTimeMillis();
        reader.addLogListener(this);
        replayEarlierEntries(listeningSince);
    }

    /** Entries logged before this component started (e.g. a plug-in that failed at start-up), oldest first. */
    private void replayEarlierEntries(long before) {
        java.util.List<LogEntry> earlier = new java.util.ArrayList<>();
        java.util.Enumeration<LogEntry> log = reader.getLog();
        while (log.hasMoreElements()) {
            LogEntry entry = log.nextElement();
            if (entry.getTime() < before) {
                earlier.add(entry);
            }
        }
        java.util.Collections.reverse(earlier);
        earlier.forEach(this::logged);
    }

    @Override
    public void logged(LogEntry entry) {
        if (!threshold.implies(entry.getLogLevel()) || isRoutineEvent(entry)) {
            return;
        }
        String bundle = entry.getBundle() == null ? "framework" : entry.getBundle().getSymbolicName();
        StringBuilder line = new StringBuilder().append(entry.getLogLevel()).append(' ').append(bundle).append(": ")
                .append(entry.getMessage());
        Throwable t = entry.getException();
        if (t != null) {
            line.append(" - ").append(OneShotCommand.rootMessage(t));
        }
        out.println(line);
        if (t != null && threshold.implies(LogLevel.DEBUG)) {
            t.printStackTrace(out);
        }
    }

    /** The log service echoes every framework, bundle and service event; only their errors and warnings matter here. */
    private static boolean isRoutineEvent(LogEntry entry) {
        String logger = entry.getLoggerName();
        boolean event = logger != null && logger.startsWith("Events.")
                || entry.getMessage() != null && entry.getMessage().matches("(Service|Bundle|Framework)Event \\w+");
        return event && !LogLevel.WARN.implies(entry.getLogLevel());
    }

    /** Stops listening. */
    @Deactivate
    public void deactivate() {
        reader.removeLogListener(this);
    }

    static LogLevel parse(String level) {
        if (level == null || level.isBlank()) {
            return LogLevel.INFO;
        }
        try {
            return LogLevel.valueOf(level.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LogLevel.INFO;
        }
    }
}
