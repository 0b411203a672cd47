package org.matforge.dl4j.internal.osgi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.bytedeco.javacpp.Pointer;
import org.matforge.spi.backend.BackendDescription;
import org.matforge.spi.backend.ComputeBackend;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A {@link ComputeBackend} over the ND4J backend that {@link Nd4jStartupComponent} initialised. Its subclasses are DS
 * components that start disabled; the startup component enables exactly the one it chose, so the service is
 * never visible before ND4J is ready.
 */
abstract class Nd4jComputeBackend implements ComputeBackend {
    private final String device;

    Nd4jComputeBackend(String device) {
        this.device = device;
    }

    @Override
    public BackendDescription describe() {
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        String blas = String.valueOf(Nd4j.factory().blas().getBlasVendor());
        long memory = Pointer.maxPhysicalBytes() > 0 ? Pointer.maxPhysicalBytes() : Pointer.totalPhysicalBytes();
        String deviceName = "cuda".equals(device) ? cudaDeviceName(env) : cpuModel();
        int cores = Runtime.getRuntime().availableProcessors();
        return new BackendDescription(device, deviceName, cores, blas, memory > 0 ? memory : -1, true,
                "ND4J " + backend + " ready (" + blas + ", " + env.getOrDefault("omp.threads", cores) + " threads)");
    }

    private static String cudaDeviceName(Properties env) {
        Object devices = env.get("cuda.devicesInformation");
        if (devices instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
            return String.valueOf(first.get("cuda.deviceName"));
        }
        return "CUDA device";
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }
}
