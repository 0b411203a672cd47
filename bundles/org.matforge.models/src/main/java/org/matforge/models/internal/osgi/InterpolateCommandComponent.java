package org.matforge.models.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.cli.MfCommand;
import org.matforge.commons.plugin.CommandPlugins;
import org.matforge.models.internal.command.InterpolateCommand;
import org.matforge.spi.generator.LatentSpaceGenerator;
import org.matforge.spi.model.ModelLoader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo command {@code mf:interpolate}: walks a VAE's latent space between two compositions; the model is a file
 * (read by the {@link ModelLoader} of its trainer) or a registered {@link LatentSpaceGenerator} id, both from the
 * plug-in catalogue.
 */
@Component(service = Object.class)
@MfCommand(function = "interpolate", summary = InterpolateCommand.SUMMARY)
public final class InterpolateCommandComponent {
    private final PluginRegistry registry;

    /** @param registry the plug-in catalogue */
    @Activate
    public InterpolateCommandComponent(@Reference PluginRegistry registry) {
        this.registry = registry;
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor(InterpolateCommand.SUMMARY)
    public void interpolate(@Descriptor("options; --help lists them") String... args) {
        try (CommandPlugins plugins = new CommandPlugins(registry)) {
            System.out.println(new InterpolateCommand(id -> plugins.get(PluginKind.MODEL_LOADER, id, ModelLoader.class),
                    id -> plugins.get(PluginKind.GENERATOR, id, LatentSpaceGenerator.class),
                    plugins.ids(PluginKind.GENERATOR, LatentSpaceGenerator.class)).run(args));
        }
    }
}
