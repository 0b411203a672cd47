package org.matforge.commons.plugin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginLease;
import org.matforge.api.plugin.PluginQuery;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.api.plugin.PluginUnavailableException;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.WorkflowService;
import org.matforge.commons.cli.PredictorOption;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.predictor.PropertyPredictor;
import org.osgi.framework.Constants;

/**
 * The plug-ins one run of a command uses, looked up in the plug-in catalogue ({@link PluginRegistry}) by kind and id,
 * held while the command runs and released when it is closed. Commands keep no tracker of their own.
 */
public final class CommandPlugins implements AutoCloseable {
    private final PluginRegistry registry;
    private final List<PluginLease<?>> leases = new ArrayList<>();

    /** @param registry the catalogue */
    public CommandPlugins(PluginRegistry registry) {
        this.registry = registry;
    }

    /** @return the best plug-in of that kind and id registered as {@code type}, held until {@link #close()}, or null when there is none */
    public <S> S get(PluginKind kind, String id, Class<S> type) {
        try {
            PluginLease<S> lease = registry.lease(PluginQuery.of(kind, id), type, Duration.ZERO, () -> { });
            synchronized (leases) {
                leases.add(lease);
            }
            return lease.service();
        } catch (PluginUnavailableException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** @return the ids of the plug-ins of that kind registered as {@code type} now, sorted */
    public Set<String> ids(PluginKind kind, Class<?> type) {
        Set<String> ids = new TreeSet<>();
        for (PluginDescriptor d : registry.plugins(kind)) {
            if (!registry.find(new PluginQuery(kind, d.id(), null, "(" + Constants.OBJECTCLASS + "=" + type.getName() + ")")).isEmpty()) {
                ids.add(d.id());
            }
        }
        return ids;
    }

    /**
     * @param command the command's name, first word of its messages
     * @return the command's {@code --model} resolver over the installed model loaders, predictors and the workflow
     *         service's runs
     */
    public PredictorOption predictorOption(String command) {
        return new PredictorOption(command, id -> get(PluginKind.MODEL_LOADER, id, ModelLoader.class),
                id -> get(PluginKind.PREDICTOR, id, PropertyPredictor.class), ids(PluginKind.PREDICTOR, PropertyPredictor.class),
                this::runFolder);
    }

    /** @return the folder of a run of the workflow service, when it is installed and knows the run */
    public Optional<Path> runFolder(String runId) {
        try (PluginLease<WorkflowService> lease = registry.leaseService(WorkflowService.class, Duration.ofSeconds(5), () -> { })) {
            return lease.service().run(runId).map(RunSummary::directory);
        } catch (PluginUnavailableException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Releases every plug-in got. */
    @Override
    public void close() {
        synchronized (leases) {
            leases.forEach(PluginLease::close);
            leases.clear();
        }
    }
}
