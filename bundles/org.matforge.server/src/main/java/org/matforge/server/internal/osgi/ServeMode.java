package org.matforge.server.internal.osgi;

/**
 * Registered (as a service of this bundle) by {@link HttpEndpointComponent} when the runtime is {@code ./matforge serve};
 * the API component needs it, so a one-shot command neither creates tokens nor registers the API.
 */
public final class ServeMode {
}
