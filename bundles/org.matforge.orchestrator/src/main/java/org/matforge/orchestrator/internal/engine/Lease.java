package org.matforge.orchestrator.internal.engine;

/** A plug-in service held by a run until {@link #close()}. */
public interface Lease<T> extends AutoCloseable {
    /** @return the service object */
    T service();

    /** @return where it comes from */
    PluginProvenance provenance();

    /** Releases the service; idempotent. */
    @Override
    void close();
}
