package org.matforge.predictors.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.cli.MfCommand;
import org.matforge.commons.cli.PredictorOption;
import org.matforge.commons.plugin.CommandPlugins;
import org.matforge.predictors.internal.command.PredictCommand;
import org.matforge.spi.featurizer.Featurizer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo command {@code mf:predict}: a trained model's predictions (with σ and the applicability domain) for the
 * formulas of a table file; a thin adapter over {@link PredictCommand}.
 */
@Component(service = Object.class)
@MfCommand(function = "predict", summary = PredictCommand.SUMMARY)
public final class PredictCommandComponent {
    private final PluginRegistry registry;

    /** @param registry the plug-in catalogue: featurizers, model loaders, installed predictors, the run store */
    @Activate
    public PredictCommandComponent(@Reference PluginRegistry registry) {
        this.registry = registry;
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor(PredictCommand.SUMMARY)
    public void predict(@Descriptor("options; --help lists them") String... args) throws Exception {
        try (CommandPlugins plugins = new CommandPlugins(registry)) {
            PredictorOption models = plugins.predictorOption("predict");
            System.out.println(new PredictCommand(models::resolve, id -> plugins.get(PluginKind.FEATURIZER, id, Featurizer.class),
                    plugins.ids(PluginKind.FEATURIZER, Featurizer.class), System.err).run(args));
        }
    }
}
