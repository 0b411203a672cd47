package org.matforge.datasources.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.cli.MfCommand;
import org.matforge.commons.plugin.CommandPlugins;
import org.matforge.datasources.internal.command.DataCommand;
import org.matforge.spi.datasource.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo command {@code mf:data}: a thin adapter over {@link DataCommand}, with the data sources of the plug-in catalogue. */
@Component(service = Object.class)
@MfCommand(function = "data", summary = DataCommand.SUMMARY)
public final class DataCommandComponent {
    private final PluginRegistry registry;

    /** @param registry the plug-in catalogue */
    @Activate
    public DataCommandComponent(@Reference PluginRegistry registry) {
        this.registry = registry;
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor(DataCommand.SUMMARY)
    public void data(@Descriptor("options; --help lists them") String... args) throws Exception {
        try (CommandPlugins plugins = new CommandPlugins(registry)) {
            System.out.println(new DataCommand(id -> plugins.get(PluginKind.DATA_SOURCE, id, DataSource.class),
                    plugins.ids(PluginKind.DATA_SOURCE, DataSource.class), System.err).run(args));
        }
    }
}
