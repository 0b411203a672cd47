package org.matforge.spi.screen;

import java.util.List;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Judges candidates: validity rules, novelty, property windows, Pareto ranking. It sees the whole candidate set
 * at once, so set-wise screens (uniqueness, Pareto fronts) fit too. Register an implementation as a service
 * annotated with {@link ScreenInfo}.
 */
@ConsumerType
public interface Screen {
    /**
     * @param candidates the candidates
     * @param parameters screen-specific options from the workflow step (e.g. {@code min}, {@code max}, {@code k})
     * @param context    progress and cancellation
     * @return one result per candidate, in the same order
     * @throws IllegalArgumentException naming the parameter when the options are wrong
     */
    List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context);

    /**
     * @return the parameters this plug-in reads, with their types, defaults and ranges, so that a workflow or command
     *         is checked before anything runs; {@link ParameterSchema#UNDECLARED} (the default) when it checks them itself
     */
    default ParameterSchema parameters() {
        return ParameterSchema.UNDECLARED;
    }
}
