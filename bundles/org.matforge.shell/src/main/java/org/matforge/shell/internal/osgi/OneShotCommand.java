package org.matforge.shell.internal.osgi;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.matforge.commons.cli.MfCommand;
import org.osgi.framework.BundleContext;

import picocli.CommandLine.ParameterException;

/**
 * Runs one command line through Gogo after the framework has settled, and maps the outcome to an exit status.
 * It is a named {@code Callable<Integer>} class because the launcher checks the type argument.
 */
final class OneShotCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final int SETTLE_SECONDS = 30;
    private static final String ARGUMENT_VARIABLE = "mfarg";

    private final BundleContext context;
    private final CommandProcessor processor;
    private final String[] args;
    private final PrintStream out;
    private final PrintStream err;

    OneShotCommand(BundleContext context, CommandProcessor processor, String[] args, PrintStream out, PrintStream err) {
        this.context = context;
        this.processor = processor;
        this.args = args.clone();
        this.out = out;
        this.err = err;
    }

    /** The bnd launcher calls this on its main thread and exits with the returned status. */
    @Override
    public Integer call() throws InterruptedException {
        int status = runCommand();
        ShutdownWatchdog.arm(context, status);
        return status;
    }

    private int runCommand() throws InterruptedException {
        if (!new FrameworkSettling(context).await(TimeUnit.MILLISECONDS.toNanos(400), TimeUnit.SECONDS.toNanos(SETTLE_SECONDS))) {
            err.println("matforge: plug-ins were still loading after " + SETTLE_SECONDS + " s; running '" + args[0]
                    + "' with those registered so far");
        }
        String name = HELP_FLAGS.contains(args[0]) ? "help" : args[0];
        String function = resolve(name);
        if (function == null) {
            CommandCatalog catalog = CommandCatalog.of(context);
            err.println("matforge: no command '" + args[0] + "'" + catalog.closest(args[0]).map(c -> "; did you mean " + c + "?").orElse(""));
            err.println(catalog.listing());
            return USAGE;
        }
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, err)) {
            Object result = session.execute(commandLine(session, function, Arrays.asList(args).subList(1, args.length)));
            if (result != null) {
                out.println(session.format(result, Converter.INSPECT));
            }
            out.flush();
            return OK;
        } catch (Exception e) {
            out.flush();
            return report(e, name, err);
        }
    }

    /** The launcher's own ways of asking for the command list. */
    static final java.util.Set<String> HELP_FLAGS = java.util.Set.of("--help", "-h");

    /**
     * Prints a command's failure in one line.
     *
     * @return {@link #USAGE} for wrong usage (picocli's {@link ParameterException}, whichever bundle's command threw
     *         it), else {@link #FAILED}
     */
    static int report(Throwable e, String command, PrintStream err) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ParameterException usage) {
                err.println("matforge " + usage.getMessage());
                return USAGE;
            }
        }
        String message = rootMessage(e);
        err.println("matforge " + (message.startsWith(command + ":") || message.startsWith(command + " ") ? "" : command + ": ") + message);
        return FAILED;
    }

    /** @return the Gogo name to call: {@code mf:<name>} first, then any scope's command, or null when none exists */
    private String resolve(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?")) {
            return null;
        }
        if (name.contains(":")) {
            String[] parts = name.split(":");
            return exists("(&(osgi.command.scope=" + parts[0] + ")(osgi.command.function=" + parts[1] + "))") ? name : null;
        }
        if (exists("(&(" + MfCommand.SCOPE_PROPERTY + "=" + MfCommand.SCOPE + ")(" + MfCommand.FUNCTION_PROPERTY + "=" + name + "))")) {
            return MfCommand.SCOPE + ":" + name;
        }
        return exists("(osgi.command.function=" + name + ")") ? name : null;
    }

    private boolean exists(String filter) {
        try {
            return context.getServiceReferences((String) null, filter) != null;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            return false;
        }
    }

    /**
     * Binds each argument to a session variable ({@code mfarg0}, {@code mfarg1}, …) and returns the command line
     * {@code function $mfarg0 $mfarg1 …}. Gogo passes a variable that is a whole word as its value, unparsed, so an
     * argument reaches the command exactly as given: no quoting, no {@code ;}, {@code #}, {@code $} or backslash
     * processing, no second command.
     */
    static CharSequence commandLine(CommandSession session, String function, java.util.List<String> args) {
        StringBuilder line = new StringBuilder(function);
        for (int i = 0; i < args.size(); i++) {
            session.put(ARGUMENT_VARIABLE + i, args.get(i));
            line.append(" $").append(ARGUMENT_VARIABLE).append(i);
        }
        return line;
    }

    /**
     * @return the messages of a failure and its causes, outermost first, joined by ": " — leaving out wrappers whose
     *         message is just their cause's and messages already contained in an outer one; the class name when none
     */
    static String rootMessage(Throwable e) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        Throwable last = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            last = t;
            String message = t.getMessage();
            if (message == null || message.isBlank() || (t.getCause() != null && message.equals(t.getCause().toString()))) {
                continue;
            }
            if (parts.stream().noneMatch(p -> p.contains(message))) {
                parts.add(message);
            }
        }
        return parts.isEmpty() ? last.getClass().getSimpleName() : String.join(": ", parts);
    }
}
