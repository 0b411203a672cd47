package org.matforge.shell.internal.osgi;

import java.io.PrintStream;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.cli.MfCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code mf:plugins}: every registered plug-in by kind, then the plug-ins that do not work. */
@Component(service = PluginsCommandComponent.class)
@MfCommand(function = "plugins")
public class PluginsCommandComponent {
    private final PluginRegistry registry;

    /** Creates the command. */
    @Activate
    public PluginsCommandComponent(@Reference PluginRegistry registry) {
        this.registry = registry;
    }

    /** Prints the plug-in listing to the session's output. */
    @Descriptor("list registered MatForge plug-ins by kind, with bundle and version, and plug-ins that failed")
    public void plugins() {
        print(System.out);
    }

    void print(PrintStream out) {
        out.print(PluginListing.render(registry.plugins(), registry.problems()));
    }
}
