package org.matforge.orchestrator.internal.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The orchestrator's configuration.
 *
 * @param runStore      the folder of the run store
 * @param maxConcurrent how many runs execute at once; more wait queued
 * @param pluginWait    how long a step waits for a plug-in that is not registered (yet)
 */
public record Settings(Path runStore, int maxConcurrent, Duration pluginWait) {
    /** Checks the values. */
    public Settings {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("max concurrent runs must be at least 1, got " + maxConcurrent);
        }
        if (pluginWait.isNegative()) {
            throw new IllegalArgumentException("plug-in wait must not be negative, got " + pluginWait);
        }
    }

    /** @return the settings as recorded in provenance */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runStore", runStore);
        m.put("maxConcurrentRuns", maxConcurrent);
        m.put("pluginWaitSeconds", pluginWait.toMillis() / 1000.0);
        return m;
    }
}
