package org.matforge.dl4j.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * Picks the ND4J backend the runtime will use, in ND4J's own order (highest priority first, first one that can
 * run wins), and explains every backend it skipped in one line — e.g. a CUDA fragment on a machine without a
 * usable GPU or driver, which then falls back to the CPU fragment. Plain Java, so the fallback is unit-tested
 * without OSGi.
 *
 * @param chosen  the backend that can run, if any
 * @param skipped one line per backend that cannot run, with the reason
 */
public record BackendChoice(Optional<BackendCandidate> chosen, List<String> skipped) {

    /** @return the backends that fragments attached to this class loader provide, highest priority first */
    public static List<BackendCandidate> discover(ClassLoader loader) {
        List<BackendCandidate> found = new ArrayList<>();
        for (Nd4jBackend backend : ServiceLoader.load(Nd4jBackend.class, loader)) {
            String name = backend.getClass().getSimpleName();
            String device = name.toLowerCase().contains("cu") && !name.equals("CpuBackend") ? "cuda" : "cpu";
            found.add(new BackendCandidate(name, device, backend.getPriority(), backend::isAvailable));
        }
        return found;
    }

    /**
     * @param candidates the backends found
     * @return the first, by descending priority, whose probe returns true; the others before it as skipped lines
     */
    public static BackendChoice choose(List<BackendCandidate> candidates) {
        List<BackendCandidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(BackendCandidate::priority).reversed());
        List<String> skipped = new ArrayList<>();
        for (BackendCandidate c : ordered) {
            String reason = probe(c);
            if (reason == null) {
                return new BackendChoice(Optional.of(c), List.copyOf(skipped));
            }
            skipped.add(c.device().toUpperCase() + " backend " + c.name() + " is installed but cannot run here (" + reason + ")");
        }
        return new BackendChoice(Optional.empty(), List.copyOf(skipped));
    }

    /** @return the single log line that tells the operator what happened */
    public String summary() {
        if (chosen.isEmpty()) {
            return skipped.isEmpty()
                    ? "No ND4J backend fragment is installed: install org.matforge.backend.cpu (or .cuda); no ComputeBackend is registered"
                    : String.join("; ", skipped) + "; no other backend is installed, so no ComputeBackend is registered";
        }
        String using = "using ND4J " + chosen.get().device() + " backend " + chosen.get().name();
        return skipped.isEmpty() ? using : String.join("; ", skipped) + " — falling back: " + using;
    }

    private static String probe(BackendCandidate c) {
        try {
            return Boolean.TRUE.equals(c.probe().call()) ? null : "it reports itself unavailable";
        } catch (Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }
    }
}
