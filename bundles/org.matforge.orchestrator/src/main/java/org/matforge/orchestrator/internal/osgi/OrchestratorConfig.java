package org.matforge.orchestrator.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the workflow service (PID {@code org.matforge.orchestrator}, e.g. conf/org.matforge.orchestrator.cfg). */
@ObjectClassDefinition(name = "MatForge orchestrator", description = "Where runs are stored, how many run at once, how long steps wait for plug-ins")
public @interface OrchestratorConfig {
    /** @return the run store folder; {@code ${matforge.home}} is replaced by the framework property */
    @AttributeDefinition(name = "Run store", description = "Folder holding one folder per run; ${matforge.home} is the MatForge home folder")
    String runStore() default "${matforge.home}/runs";

    /** @return how many runs execute at once */
    @AttributeDefinition(name = "Concurrent runs", description = "Runs executing at once; further runs wait queued", min = "1")
    int maxConcurrentRuns() default 2;

    /** @return how long a step waits for a plug-in that is not registered */
    @AttributeDefinition(name = "Plug-in wait (seconds)", description = "How long validation and steps wait for a plug-in still starting before failing", min = "0")
    double pluginWaitSeconds() default 10;

    /** @return whether the memory of a finished run is given back to the operating system (docs/api.md, "Robustness") */
    @AttributeDefinition(name = "Release memory after runs", description = "After a run ends, collect garbage and return free native memory "
            + "to the operating system, so a long-running server's resident memory levels off")
    boolean releaseMemoryAfterRuns() default true;
}
