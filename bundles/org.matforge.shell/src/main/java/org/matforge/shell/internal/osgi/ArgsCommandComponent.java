package org.matforge.shell.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.MfCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mf:args}: prints each argument as the command received it, one per line as a JSON string in plain ASCII —
 * shows exactly what a shell, a script or the launcher passed on (quotes, spaces, backslashes, unicode).
 */
@Component(service = ArgsCommandComponent.class)
@MfCommand(function = "args", summary = ArgsCommandComponent.SUMMARY)
public class ArgsCommandComponent {
    static final String SUMMARY = "print each argument as received, one per line as an ASCII JSON string (to check quoting)";

    /** The command line, for its usage: every argument is taken as it is, options too, except a lone --help. */
    @Command(name = "args", description = SUMMARY, footerHeading = "%nExample:%n", footer = "  args \"it's\" 'a b' --input=x.csv")
    static final class Options {
        @Parameters(arity = "0..*", paramLabel = "ARG", description = "any arguments")
        String[] args;
    }

    /** Prints the arguments to the session's output. */
    @Descriptor(SUMMARY)
    public void args(@Descriptor("any arguments") String... args) {
        if (args.length == 1 && OneShotCommand.HELP_FLAGS.contains(args[0])) {
            System.out.println(Cli.usage(new Options()));
            return;
        }
        StringBuilder out = new StringBuilder();
        for (String arg : args) {
            out.append(json(arg)).append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }

    /** @return the text as a JSON string literal, every character outside printable ASCII as a {@code \\uXXXX} escape */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
