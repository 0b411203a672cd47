package org.matforge.orchestrator.internal.workflow;

/** Per-step seeds derived from the workflow's seed, so that steps without their own seed are still reproducible. */
public final class Seeds {
    private Seeds() {
    }

    /** @return a well-mixed seed for step {@code index} of a workflow seeded with {@code workflowSeed} (SplitMix64) */
    public static long derive(long workflowSeed, int index) {
        long z = workflowSeed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
