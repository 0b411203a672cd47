package org.matforge.api.workflow;

import org.matforge.api.plugin.PluginProperties;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard listener for run progress: register an implementation as a service and the orchestrator calls it
 * for every run (set the {@link #RUN} service property to follow one run). Calls come from worker threads and must
 * return quickly.
 */
@ConsumerType
public interface RunListener {
    /** Service property of a listener that follows one run only: the run id, {@code matforge.run}. Since 1.1. */
    String RUN = PluginProperties.PREFIX + "run";

    /** @param event the progress */
    void progress(ProgressEvent event);
}
