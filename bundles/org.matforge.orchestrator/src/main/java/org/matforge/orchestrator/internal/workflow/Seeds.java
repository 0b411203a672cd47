package org.matforge.orchestrator.internal.workflow;

import org.matforge.commons.random.SeedStreams;

/** Per-step seeds derived from the workflow's seed, so that steps without their own seed are still reproducible. */
public final class Seeds {
    private Seeds() {
    }

    /** @return a well-mixed seed for step {@code index} of a workflow seeded with {@code workflowSeed} (SplitMix64) */
    public static long derive(long workflowSeed, int index) {
        return SeedStreams.mix(workflowSeed, index + 1) & Long.MAX_VALUE;
    }
}
