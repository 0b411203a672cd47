package org.matforge.explain.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.explain.Explainer;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.cli.MfCommand;
import org.matforge.commons.cli.PredictorOption;
import org.matforge.commons.plugin.CommandPlugins;
import org.matforge.explain.internal.command.ExplainCommand;
import org.matforge.spi.featurizer.Featurizer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo command {@code mf:explain}: explains a model file, a run's model ({@code <run id>/<model name>}) or an installed
 * predictor (the {@code --model} of {@code predict}) on a table of formulas.
 */
@Component(service = Object.class)
@MfCommand(function = "explain", summary = ExplainCommand.SUMMARY)
public final class ExplainCommandComponent {
    private final Explainer explainer;
    private final PluginRegistry registry;

    /**
     * @param explainer the explanation service
     * @param registry  the plug-in catalogue, for predictors, featurizers and model loaders
     */
    @Activate
    public ExplainCommandComponent(@Reference Explainer explainer, @Reference PluginRegistry registry) {
        this.explainer = explainer;
        this.registry = registry;
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor(ExplainCommand.SUMMARY)
    public void explain(@Descriptor("options; --help lists them") String... args) throws Exception {
        try (CommandPlugins plugins = new CommandPlugins(registry)) {
            PredictorOption models = plugins.predictorOption("explain");
            System.out.println(new ExplainCommand(value -> models.resolve(value).predictor(),
                    id -> plugins.get(PluginKind.FEATURIZER, id, Featurizer.class), plugins.ids(PluginKind.FEATURIZER, Featurizer.class),
                    explainer, System.err).run(args));
        }
    }
}
