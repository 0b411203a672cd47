package org.matforge.server.internal.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The server's configuration, resolved (see the {@code ServerConfig} metatype for each value's meaning and default).
 *
 * @param roots          folders whose files workflows submitted over HTTP may read; relative paths resolve against them
 * @param maxBodyBytes   largest request body (workflow JSON)
 * @param maxBundleBytes largest uploaded bundle jar
 * @param maxJsonDepth   deepest nesting of a workflow document
 * @param maxSteps       most steps in a workflow
 * @param maxSamples     largest sample count ({@code count}) of a step
 * @param maxSseStreams  most event streams open at once
 * @param maxActiveRuns  most runs submitted over HTTP that are queued or running at once; more get 429
 * @param retryAfter     seconds a client is told to wait after a 429
 * @param corsOrigins    origins allowed to call the API from a browser (empty: none)
 * @param pluginFolder   the folder FileInstall watches for plug-in and model bundles
 * @param examplesFolder the shipped example workflows
 */
public record ServerSettings(List<Path> roots, long maxBodyBytes, long maxBundleBytes, int maxJsonDepth, int maxSteps, long maxSamples,
        int maxSseStreams, int maxActiveRuns, long retryAfter, Set<String> corsOrigins, Path pluginFolder, Path examplesFolder) {
    public ServerSettings {
        roots = List.copyOf(roots);
        corsOrigins = Set.copyOf(corsOrigins);
        if (maxBodyBytes < 1 || maxBundleBytes < 1 || maxJsonDepth < 2 || maxSteps < 1 || maxSamples < 1 || maxSseStreams < 1 || maxActiveRuns < 1) {
            throw new IllegalArgumentException("server limits must be positive (maxJsonDepth at least 2)");
        }
    }
}
