package org.matforge.spi.backend;

/**
 * What a compute backend offers.
 *
 * @param device      device class, e.g. {@code "cpu"} or {@code "cuda"}
 * @param deviceName  e.g. the CPU model or GPU name
 * @param cores       CPU cores or GPU multiprocessors available
 * @param blasVendor  the BLAS library in use, e.g. {@code "OPENBLAS"}, or empty
 * @param memoryBytes memory available to the backend in bytes, -1 when unknown
 * @param available   whether the backend can run work now
 * @param status      a one-line human-readable status, e.g. why a CUDA backend is not available
 */
public record BackendDescription(String device, String deviceName, int cores, String blasVendor, long memoryBytes,
        boolean available, String status) {
}
