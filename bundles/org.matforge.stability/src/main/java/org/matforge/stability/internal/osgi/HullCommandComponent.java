package org.matforge.stability.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.cli.MfCommand;
import org.matforge.stability.internal.KnownPhases;
import org.matforge.stability.internal.command.HullCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo command {@code mf:hull}: a thin adapter over {@link HullCommand}, with the data sources of the plug-in catalogue. */
@Component(service = Object.class)
@MfCommand(function = "hull", summary = HullCommand.SUMMARY)
public final class HullCommandComponent {
    private final HullCommand command;

    /** @param registry the plug-in catalogue */
    @Activate
    public HullCommandComponent(@Reference PluginRegistry registry) {
        this.command = new HullCommand(new KnownPhases(new CatalogueTables(registry)));
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor(HullCommand.SUMMARY)
    public void hull(@Descriptor("formula, energy and options; --help lists them") String... args) {
        System.out.println(command.run(args));
    }
}
