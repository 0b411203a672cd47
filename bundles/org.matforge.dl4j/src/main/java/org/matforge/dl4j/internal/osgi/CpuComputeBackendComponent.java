package org.matforge.dl4j.internal.osgi;

import org.matforge.spi.backend.BackendInfo;
import org.matforge.spi.backend.ComputeBackend;
import org.osgi.service.component.annotations.Component;

/** The ND4J native CPU backend (fragment org.matforge.backend.cpu); enabled by {@link Nd4jStartupComponent} when chosen. */
@Component(enabled = false, service = ComputeBackend.class)
@BackendInfo(id = "nd4j-cpu", name = "ND4J CPU", description = "ND4J native CPU backend with OpenBLAS", device = "cpu")
public class CpuComputeBackendComponent extends Nd4jComputeBackend {
    /** Creates the component. */
    public CpuComputeBackendComponent() {
        super("cpu");
    }
}
