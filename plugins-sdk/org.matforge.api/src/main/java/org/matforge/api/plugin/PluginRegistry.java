package org.matforge.api.plugin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The plug-in catalogue: every service registered under an SPI interface of {@link PluginKind}, described once from
 * its service properties, and the plug-in bundles or components that failed. Provided by the MatForge core; the
 * shell, the commands, the orchestrator and the server find, wait for and lease plug-ins through it and keep no
 * tracker of their own.
 */
@ProviderType
public interface PluginRegistry {
    /** @return every registered plug-in, ordered by kind, then id */
    List<PluginDescriptor> plugins();

    /** @return the registered plug-ins of one kind, ordered by id */
    List<PluginDescriptor> plugins(PluginKind kind);

    /** @return the plug-in of that kind and id with the highest service ranking, if one is registered */
    Optional<PluginDescriptor> find(PluginKind kind, String id);

    /**
     * @param query kind, id, optional bundle version range and LDAP filter
     * @return the registered plug-ins that satisfy the query, best first (highest service ranking, then oldest)
     * @throws IllegalArgumentException when the query's version range or LDAP filter is malformed, saying which
     * @since 1.3
     */
    List<PluginDescriptor> find(PluginQuery query);

    /**
     * Waits up to {@code wait} for a plug-in that satisfies the query, e.g. one whose bundle is still starting.
     *
     * @return the plug-ins that satisfy it, best first; empty when none came within the wait
     * @throws InterruptedException when the waiting thread is interrupted
     * @since 1.3
     */
    List<PluginDescriptor> await(PluginQuery query, Duration wait) throws InterruptedException;

    /**
     * Gets the best plug-in service that satisfies the query, waiting up to {@code wait} for one still starting or
     * activating. The service is held until the lease is closed.
     *
     * @param type   the SPI interface of the query's kind (or a sub-interface, e.g. {@code DifferentiablePredictor})
     * @param onGone called once, from any thread, if the service is unregistered while leased
     * @throws PluginUnavailableException when none could be obtained within the wait
     * @throws InterruptedException       when the waiting thread is interrupted
     * @since 1.3
     */
    <S> PluginLease<S> lease(PluginQuery query, Class<S> type, Duration wait, Runnable onGone)
            throws PluginUnavailableException, InterruptedException;

    /**
     * Gets a platform service that is not a plug-in kind (e.g. the {@code Explainer}): the registered service of that
     * interface with the highest ranking, waiting up to {@code wait} for one still starting. Its descriptor has no
     * kind ({@code null}) and the interface's simple name as id.
     *
     * @param onGone called once, from any thread, if the service is unregistered while leased
     * @throws PluginUnavailableException when none could be obtained within the wait
     * @throws InterruptedException       when the waiting thread is interrupted
     * @since 1.3
     */
    <S> PluginLease<S> leaseService(Class<S> type, Duration wait, Runnable onGone)
            throws PluginUnavailableException, InterruptedException;

    /** @return installed MatForge plug-ins that do not work now, with the reason */
    List<PluginProblem> problems();

    /**
     * @return whether the bundles started so far have been taken in: every model file of an active model bundle is
     *         registered or listed in {@link #problems()}, none is still being read. Commands that run once, right
     *         after the framework starts, wait for it before they look a plug-in up.
     * @since 1.2
     */
    boolean settled();
}
