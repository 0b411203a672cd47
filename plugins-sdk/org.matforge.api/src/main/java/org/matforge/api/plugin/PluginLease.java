package org.matforge.api.plugin;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A plug-in service held by a caller until {@link #close()}: obtained from the {@link PluginRegistry}, which watches
 * it so that the caller hears when it is unregistered while held.
 *
 * @param <S> the service interface
 * @since 1.3
 */
@ProviderType
public interface PluginLease<S> extends AutoCloseable {
    /** @return the service object */
    S service();

    /** @return which plug-in it is: kind, id, bundle, version, service id and {@code matforge.*} properties */
    PluginDescriptor descriptor();

    /** Releases the service and stops watching it; idempotent. */
    @Override
    void close();
}
