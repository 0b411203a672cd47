package org.matforge.dl4j.internal.osgi;

import org.matforge.dl4j.internal.BackendChoice;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Initialises ND4J when the host starts, then enables the {@link org.matforge.spi.backend.ComputeBackend}
 * component of the backend it chose — and only then, so no consumer can reach ND4J before it is ready.
 * <p>
 * Pure DS, no BundleActivator: this immediate component has no service and runs first; the backend components
 * are declared {@code enabled = false} and are enabled from here through {@link ComponentContext#enableComponent}.
 * With a CUDA and a CPU fragment both attached, the CUDA one is tried first; without a usable GPU/driver one
 * line says so and the CPU backend is used.
 */
@Component(immediate = true, service = {})
public class Nd4jStartupComponent {
    /** Points ND4J at this bundle's class loader (host + fragments), initialises it and enables its backend. */
    @Activate
    public Nd4jStartupComponent(ComponentContext context, @Reference(service = LoggerFactory.class) Logger log) {
        ClassLoader host = Nd4jStartupComponent.class.getClassLoader();
        ND4JClassLoading.setNd4jClassloader(host);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(host);
        try {
            BackendChoice choice = BackendChoice.choose(BackendChoice.discover(host));
            if (choice.chosen().isEmpty()) {
                log.error(choice.summary());
                return;
            }
            long start = System.nanoTime();
            String loaded = Nd4j.getBackend().getClass().getSimpleName();
            Nd4j.create(1).addi(1); // forces the native library and BLAS to load now, not in a model's first step
            long millis = (System.nanoTime() - start) / 1_000_000;
            String summary = choice.summary() + " (ND4J initialised " + loaded + " in " + millis + " ms)";
            if (choice.skipped().isEmpty()) {
                log.info(summary);
            } else {
                log.warn(summary);
            }
            boolean cuda = "cuda".equals(choice.chosen().get().device()) && !loaded.equals("CpuBackend");
            context.enableComponent((cuda ? CudaComputeBackendComponent.class : CpuComputeBackendComponent.class).getName());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
