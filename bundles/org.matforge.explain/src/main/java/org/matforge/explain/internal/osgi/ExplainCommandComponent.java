package org.matforge.explain.internal.osgi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.explain.Explainer;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.commons.cli.MfCommand;
import org.matforge.commons.cli.ModelFileOption;
import org.matforge.commons.plugin.CommandPlugins;
import org.matforge.explain.internal.command.ExplainCommand;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.predictor.PropertyPredictor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo command {@code mf:explain}: explains a registered predictor (by id) or a model file (read by the
 * {@link ModelLoader} of its trainer) on a CSV of formulas.
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
            System.out.println(new ExplainCommand(idOrFile -> model(plugins, idOrFile), id -> plugins.get(PluginKind.FEATURIZER, id, Featurizer.class),
                    plugins.ids(PluginKind.FEATURIZER, Featurizer.class), explainer, System.err).run(args));
        }
    }

    private static PropertyPredictor model(CommandPlugins plugins, String idOrFile) {
        Path file = Path.of(idOrFile);
        if (!Files.isRegularFile(file)) {
            PropertyPredictor predictor = plugins.get(PluginKind.PREDICTOR, idOrFile, PropertyPredictor.class);
            if (predictor == null) {
                Set<String> ids = plugins.ids(PluginKind.PREDICTOR, PropertyPredictor.class);
                throw new IllegalArgumentException("explain: no predictor '" + idOrFile + "' and no such model file; predictors: "
                        + (ids.isEmpty() ? "(none)" : String.join(", ", ids)));
            }
            return predictor;
        }
        SavableModel model = ModelFileOption.load("explain", file, id -> plugins.get(PluginKind.MODEL_LOADER, id, ModelLoader.class));
        if (!(model instanceof PropertyPredictor predictor)) {
            throw new IllegalArgumentException("explain: " + file + " holds a " + model.metadata().kind() + ", not a predictor");
        }
        return predictor;
    }
}
