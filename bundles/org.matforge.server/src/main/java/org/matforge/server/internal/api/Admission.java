package org.matforge.server.internal.api;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.matforge.api.workflow.RunSummary;

/**
 * The bounded queue in front of the workflow service: at most {@code max} runs submitted through this server may be
 * queued or running at once; one more is refused (429 with {@code Retry-After}) instead of waiting without bound.
 */
public final class Admission {
    /** Submits an admitted workflow and returns the run id. */
    public interface Submit {
        String submit() throws ApiException;
    }

    private final int max;
    private final long retryAfter;
    private final Function<String, Optional<RunSummary>> lookup;
    private final Set<String> active = new LinkedHashSet<>();

    public Admission(int max, long retryAfter, Function<String, Optional<RunSummary>> lookup) {
        this.max = max;
        this.retryAfter = retryAfter;
        this.lookup = lookup;
    }

    /** Submits when there is room; runs that have ended leave the queue first. */
    public synchronized String admit(Submit submit) throws ApiException {
        active.removeIf(id -> lookup.apply(id).map(s -> s.status().isFinal()).orElse(true));
        if (active.size() >= max) {
            throw new ApiException(429, "queue_full", "the run queue is full (" + active.size() + " runs queued or running, at most " + max
                    + "); retry in " + retryAfter + " s", java.util.List.of(), retryAfter);
        }
        String id = submit.submit();
        active.add(id);
        return id;
    }

    /** @return how many admitted runs have not ended, as last counted */
    public synchronized int active() {
        return active.size();
    }
}
