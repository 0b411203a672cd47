package org.matforge.api.plugin;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The live list of plug-ins: every service registered under an SPI interface of {@link PluginKind}, and the
 * plug-in bundles or components that failed. Provided by the MatForge core; shells, the orchestrator and UIs
 * call it.
 */
@ProviderType
public interface PluginRegistry {
    /** @return every registered plug-in, ordered by kind, then id */
    List<PluginDescriptor> plugins();

    /** @return the registered plug-ins of one kind, ordered by id */
    List<PluginDescriptor> plugins(PluginKind kind);

    /** @return the plug-in of that kind and id with the highest service ranking, if one is registered */
    Optional<PluginDescriptor> find(PluginKind kind, String id);

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
