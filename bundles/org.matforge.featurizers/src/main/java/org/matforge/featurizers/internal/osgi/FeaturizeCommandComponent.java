package org.matforge.featurizers.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.cli.MfCommand;
import org.matforge.commons.plugin.CommandPlugins;
import org.matforge.featurizers.internal.command.FeaturizeCommand;
import org.matforge.spi.featurizer.Featurizer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo command {@code mf:featurize}: a thin adapter over {@link FeaturizeCommand}, with the featurizers of the plug-in catalogue. */
@Component(service = Object.class)
@MfCommand(function = "featurize", summary = FeaturizeCommand.SUMMARY)
public final class FeaturizeCommandComponent {
    private final PluginRegistry registry;

    /** @param registry the plug-in catalogue */
    @Activate
    public FeaturizeCommandComponent(@Reference PluginRegistry registry) {
        this.registry = registry;
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor(FeaturizeCommand.SUMMARY)
    public void featurize(@Descriptor("options; --help lists them") String... args) throws Exception {
        try (CommandPlugins plugins = new CommandPlugins(registry)) {
            System.out.println(new FeaturizeCommand(id -> plugins.get(PluginKind.FEATURIZER, id, Featurizer.class),
                    plugins.ids(PluginKind.FEATURIZER, Featurizer.class), System.err).run(args));
        }
    }
}
