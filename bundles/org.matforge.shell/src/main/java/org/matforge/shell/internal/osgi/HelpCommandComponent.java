package org.matforge.shell.internal.osgi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.threadio.ThreadIO;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.MfCommand;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mf:help} lists MatForge's commands with one line each ({@code help <command>}: that command's usage), and
 * {@code mf:completion} prints a bash completion script for {@code ./matforge}, made from the commands registered now
 * and the options their {@code --help} lists.
 */
@Component(service = HelpCommandComponent.class)
@MfCommand(function = {"help", "completion"}, summary = {HelpCommandComponent.HELP, HelpCommandComponent.COMPLETION})
public class HelpCommandComponent {
    static final String HELP = "list MatForge's commands with one line each; help <command> shows its options and an example";
    static final String COMPLETION = "print a bash completion script for ./matforge (source it, or save it in ~/.local/share/bash-completion/completions/matforge)";

    private final BundleContext context;
    private final ThreadIO threadIO;

    /** @param context to find the commands @param threadIO to capture a command's usage */
    @Activate
    public HelpCommandComponent(BundleContext context, @Reference ThreadIO threadIO) {
        this.context = context;
        this.threadIO = threadIO;
    }

    /** {@code help}'s command line. */
    @Command(name = "help", description = HELP, footerHeading = "%nExamples:%n", footer = {"  help", "  help run"})
    static final class HelpOptions {
        @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "a command whose usage to show")
        String command;
    }

    /** {@code completion}'s command line. */
    @Command(name = "completion", description = COMPLETION, footerHeading = "%nExample:%n",
            footer = "  ./matforge completion > ~/.local/share/bash-completion/completions/matforge")
    static final class CompletionOptions {
    }

    /** Prints the command list, or one command's usage. */
    @Descriptor(HELP)
    public void help(@Descriptor("a command, or nothing") String... args) {
        System.out.println(Cli.run(new HelpOptions(), args, o -> o.command == null ? CommandCatalog.of(context).listing() : usageOf(o.command)));
    }

    /** Prints the bash completion script. */
    @Descriptor(COMPLETION)
    public void completion(@Descriptor("--help only") String... args) {
        System.out.print(Cli.run(new CompletionOptions(), args, o -> {
            Map<String, String> usages = new LinkedHashMap<>();
            for (String name : CommandCatalog.of(context).names()) {
                usages.put(name, usage(name));
            }
            return BashCompletion.script(usages, this::usage);
        }));
    }

    private String usageOf(String name) {
        CommandCatalog catalog = CommandCatalog.of(context);
        if (!catalog.contains(name)) {
            throw new picocli.CommandLine.ParameterException(Cli.commandLine(new HelpOptions()), "help: no command '" + name + "'"
                    + catalog.closest(name).map(c -> "; did you mean " + c + "?").orElse("") + " (help lists the commands)");
        }
        return usage(name);
    }

    /** @return what {@code <name> --help} prints; {@code name} may be a command and its subcommand */
    private String usage(String name) {
        return CommandUsage.of(context, threadIO, List.of(name.split(" ")));
    }
}
