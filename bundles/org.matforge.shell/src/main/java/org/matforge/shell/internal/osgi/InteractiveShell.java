package org.matforge.shell.internal.osgi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.matforge.commons.cli.MfCommand;
import org.osgi.framework.BundleContext;

/**
 * {@code ./matforge} without a command: reads command lines until {@code exit} (or end of input) and runs each
 * through Gogo, MatForge's commands first ({@code help}, {@code run}, …; Gogo's own as {@code gogo:help}, {@code lb}).
 * It starts reading only once the framework has settled, so commands typed during start-up wait instead of failing,
 * and reports a failure in one line, as the launcher does for one-shot commands.
 */
final class InteractiveShell implements Callable<Integer> {
    static final String PROMPT = "matforge> ";
    private static final int SETTLE_SECONDS = 30;

    private final BundleContext context;
    private final CommandProcessor processor;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    InteractiveShell(BundleContext context, CommandProcessor processor, InputStream in, PrintStream out, PrintStream err) {
        this.context = context;
        this.processor = processor;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** The bnd launcher calls this on its main thread and exits with the returned status. */
    @Override
    public Integer call() throws InterruptedException, IOException {
        int status = loop();
        ShutdownWatchdog.arm(context, status);
        return status;
    }

    private int loop() throws InterruptedException, IOException {
        if (!new FrameworkSettling(context).await(TimeUnit.MILLISECONDS.toNanos(400), TimeUnit.SECONDS.toNanos(SETTLE_SECONDS))) {
            err.println("matforge: plug-ins were still loading after " + SETTLE_SECONDS + " s; some commands may be missing");
        }
        out.println("MatForge shell: help lists the commands, exit leaves.");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try (CommandSession session = processor.createSession(in, out, err)) {
            session.put("SCOPE", MfCommand.SCOPE + ":*");
            while (true) {
                out.print(PROMPT);
                out.flush();
                String line = lines.readLine();
                if (line == null) {
                    out.println();
                    return OneShotCommand.OK;
                }
                line = line.strip();
                Integer exit = exitStatus(line);
                if (exit != null) {
                    return exit;
                }
                if (!line.isEmpty()) {
                    execute(session, line);
                }
            }
        }
    }

    private void execute(CommandSession session, String line) {
        String command = line.split("\\s+", 2)[0];
        try {
            Object result = session.execute(line);
            if (result != null) {
                out.println(session.format(result, Converter.INSPECT));
            }
        } catch (Exception e) {
            out.flush();
            if (e.getClass().getSimpleName().equals("CommandNotFoundException")) {
                err.println("matforge: no command '" + command + "'" + CommandCatalog.of(context).closest(command).map(c -> "; did you mean " + c + "?").orElse("")
                        + " (help lists the commands)");
            } else {
                OneShotCommand.report(e, command, err);
            }
        }
        out.flush();
    }

    /** @return the status to exit with for {@code exit}, {@code exit N} or {@code quit}; null for any other line */
    static Integer exitStatus(String line) {
        String[] words = line.split("\\s+");
        if (words.length == 1 && (words[0].equals("exit") || words[0].equals("quit"))) {
            return OneShotCommand.OK;
        }
        if (words.length == 2 && words[0].equals("exit") && words[1].matches("\\d{1,3}")) {
            return Integer.parseInt(words[1]);
        }
        return null;
    }
}
