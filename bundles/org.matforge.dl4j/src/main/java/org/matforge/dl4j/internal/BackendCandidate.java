package org.matforge.dl4j.internal;

import java.util.concurrent.Callable;

/**
 * One ND4J backend found on the host's class path (attached by a backend fragment), with a probe that says
 * whether it can run on this machine.
 *
 * @param name     the backend class' simple name, e.g. {@code CpuBackend} or {@code JCublasBackend}
 * @param device   {@code "cpu"} or {@code "cuda"}
 * @param priority ND4J's priority; higher is tried first (CUDA before CPU), as ND4J itself does
 * @param probe    returns whether the backend can run; may throw (a missing driver shows as a linkage error)
 */
public record BackendCandidate(String name, String device, int priority, Callable<Boolean> probe) {
}
