package org.matforge.commons.random;

/**
 * Independent seeds derived from one seed: stream {@code k} of seed {@code s} is SplitMix64's output for
 * {@code s + k·γ} (γ the golden-ratio increment), so neighbouring streams are unrelated and the result depends on
 * {@code s} and {@code k} only — workflow steps, blocks of a large draw and Spark partitions are seeded this way.
 */
public final class SeedStreams {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SeedStreams() {
    }

    /** @return the seed of stream {@code stream} derived from {@code seed} */
    public static long mix(long seed, long stream) {
        long z = seed + stream * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
