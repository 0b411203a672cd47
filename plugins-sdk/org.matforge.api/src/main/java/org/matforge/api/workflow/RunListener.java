package org.matforge.api.workflow;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard listener for run progress: register an implementation as a service and the orchestrator calls it
 * for every run (filter with the {@code matforge.run} service property to follow one run). Calls come from
 * worker threads and must return quickly.
 */
@ConsumerType
public interface RunListener {
    /** @param event the progress */
    void progress(ProgressEvent event);
}
