package org.matforge.dl4j.internal.osgi;

import org.matforge.spi.backend.BackendInfo;
import org.matforge.spi.backend.ComputeBackend;
import org.osgi.service.component.annotations.Component;

/** The ND4J CUDA 11.6 backend (fragment org.matforge.backend.cuda); enabled by {@link Nd4jStartupComponent} when chosen. */
@Component(enabled = false, service = ComputeBackend.class)
@BackendInfo(id = "nd4j-cuda", name = "ND4J CUDA", description = "ND4J CUDA 11.6 backend", device = "cuda")
public class CudaComputeBackendComponent extends Nd4jComputeBackend {
    /** Creates the component. */
    public CudaComputeBackendComponent() {
        super("cuda");
    }
}
