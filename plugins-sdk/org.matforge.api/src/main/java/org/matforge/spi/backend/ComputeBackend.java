package org.matforge.spi.backend;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A numeric compute backend (ND4J on CPU or CUDA). A backend bundle registers this service only after the
 * backend has been initialised, so model bundles that reference it may use the numeric library at once.
 * Register an implementation as a service annotated with {@link BackendInfo}.
 */
@ConsumerType
public interface ComputeBackend {
    /** @return the device, its capacity and status */
    BackendDescription describe();
}
