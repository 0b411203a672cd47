package org.matforge.predictors.internal.osgi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginLease;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.api.plugin.PluginUnavailableException;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.WorkflowService;
import org.matforge.commons.cli.MfCommand;
import org.matforge.commons.cli.PredictorOption;
import org.matforge.commons.plugin.CommandPlugins;
import org.matforge.predictors.internal.command.PredictCommand;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.predictor.PropertyPredictor;
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
            PredictorOption models = new PredictorOption("predict", id -> plugins.get(PluginKind.MODEL_LOADER, id, ModelLoader.class),
                    id -> plugins.get(PluginKind.PREDICTOR, id, PropertyPredictor.class), plugins.ids(PluginKind.PREDICTOR, PropertyPredictor.class),
                    this::runFolder);
            System.out.println(new PredictCommand(models::resolve, id -> plugins.get(PluginKind.FEATURIZER, id, Featurizer.class),
                    plugins.ids(PluginKind.FEATURIZER, Featurizer.class), System.err).run(args));
        }
    }

    /** @return the folder of a run of the workflow service, when it is installed and knows the run */
    private Optional<Path> runFolder(String runId) {
        try (PluginLease<WorkflowService> lease = registry.leaseService(WorkflowService.class, Duration.ofSeconds(5), () -> { })) {
            return lease.service().run(runId).map(RunSummary::directory);
        } catch (PluginUnavailableException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
