package org.matforge.dl4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackendChoiceTest {

    @Test
    void discoversTheRealCpuBackendOnTheClassPath() {
        List<BackendCandidate> found = BackendChoice.discover(getClass().getClassLoader());
        assertEquals(List.of("CpuBackend"), found.stream().map(BackendCandidate::name).toList());
        BackendChoice choice = BackendChoice.choose(found);
        assertEquals("cpu", choice.chosen().orElseThrow().device());
        assertTrue(choice.skipped().isEmpty());
    }

    /**
     * Without the 600 MB CUDA jars the CUDA fragment cannot be attached here; its failure on a machine without a
     * driver is a linkage error from the CUDA runtime probe, which this candidate reproduces ahead of the real
     * CPU backend.
     */
    @Test
    void cudaWithoutDriverFallsBackToCpuWithOneLine() {
        List<BackendCandidate> candidates = new ArrayList<>(BackendChoice.discover(getClass().getClassLoader()));
        candidates.add(new BackendCandidate("JCublasBackend", "cuda", 100, () -> {
            throw new RuntimeException(new UnsatisfiedLinkError("no jnicudart in java.library.path"));
        }));
        BackendChoice choice = BackendChoice.choose(candidates);
        assertEquals("CpuBackend", choice.chosen().orElseThrow().name());
        assertEquals(1, choice.skipped().size());
        String line = choice.summary();
        assertTrue(line.contains("CUDA backend JCublasBackend is installed but cannot run here"), line);
        assertTrue(line.contains("UnsatisfiedLinkError: no jnicudart"), line);
        assertTrue(line.endsWith("falling back: using ND4J cpu backend CpuBackend"), line);
        assertTrue(!line.contains("\n"));
    }

    @Test
    void noBackendAtAllNamesTheFragmentToInstall() {
        BackendChoice choice = BackendChoice.choose(List.of());
        assertTrue(choice.chosen().isEmpty());
        assertTrue(choice.summary().contains("install org.matforge.backend.cpu"));
    }
}
