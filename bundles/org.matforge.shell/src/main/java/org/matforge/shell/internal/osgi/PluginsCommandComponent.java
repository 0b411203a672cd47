package org.matforge.shell.internal.osgi;

import java.io.PrintStream;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.MfCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;

/** {@code mf:plugins}: every registered plug-in by kind, then the plug-ins that do not work. */
@Component(service = PluginsCommandComponent.class)
@MfCommand(function = "plugins", summary = PluginsCommandComponent.SUMMARY)
public class PluginsCommandComponent {
    static final String SUMMARY = "list the installed plug-ins by kind, with bundle and version, and the plug-ins that do not work";

    /** The command line. */
    @Command(name = "plugins", description = SUMMARY, footerHeading = "%nExample:%n", footer = "  plugins")
    static final class Options {
    }

    private final PluginRegistry registry;

    /** Creates the command. */
    @Activate
    public PluginsCommandComponent(@Reference PluginRegistry registry) {
        this.registry = registry;
    }

    /** Prints the plug-in listing to the session's output. */
    @Descriptor(SUMMARY)
    public void plugins(@Descriptor("--help only") String... args) {
        System.out.println(Cli.run(new Options(), args, o -> PluginListing.render(registry.plugins(), registry.problems()).stripTrailing()));
    }

    void print(PrintStream out) {
        out.print(PluginListing.render(registry.plugins(), registry.problems()));
    }
}
