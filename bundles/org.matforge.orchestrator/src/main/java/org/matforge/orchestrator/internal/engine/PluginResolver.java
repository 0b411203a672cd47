package org.matforge.orchestrator.internal.engine;

import java.time.Duration;
import java.util.List;

import org.matforge.api.plugin.PluginLease;
import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.spi.backend.BackendDescription;

/** Finds the plug-in services a run needs; the OSGi side implements it over the plug-in catalogue ({@code PluginRegistry}). */
public interface PluginResolver {
    /**
     * Gets a service for a step, waiting up to {@code wait} for a plug-in that is still starting.
     *
     * @param ref    kind, id, optional version range and filter
     * @param type   the SPI interface
     * @param wait   the longest wait
     * @param onGone called (once, from any thread) if the service is unregistered while leased
     * @return the lease; close it to release the service
     * @throws StepException        naming the plug-in when none came within the wait
     * @throws InterruptedException when the run's thread is interrupted while waiting
     */
    <T> PluginLease<T> acquire(PluginRef ref, Class<T> type, Duration wait, Runnable onGone) throws StepException, InterruptedException;

    /**
     * Gets a platform service that is not a plug-in kind (e.g. the {@code Explainer}): the registered service of that
     * interface with the highest ranking, waiting up to {@code wait} for one still starting.
     *
     * @param type   the service interface
     * @param path   where in the workflow it is needed, for messages
     * @param wait   the longest wait
     * @param onGone called (once, from any thread) if the service is unregistered while leased
     * @return the lease; close it to release the service
     * @throws StepException        naming the service when none came within the wait
     * @throws InterruptedException when the run's thread is interrupted while waiting
     */
    <T> PluginLease<T> acquireService(Class<T> type, String path, Duration wait, Runnable onGone) throws StepException, InterruptedException;

    /** @return the compute backends registered now, for provenance */
    List<BackendDescription> backends();
}
