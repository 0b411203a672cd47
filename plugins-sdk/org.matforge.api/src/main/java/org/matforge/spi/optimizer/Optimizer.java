package org.matforge.spi.optimizer;

import java.util.List;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Suggests where to measure next (Bayesian optimisation, active learning). Register an implementation as a
 * service annotated with {@link OptimizerInfo}.
 */
@ConsumerType
public interface Optimizer {
    /**
     * @param space        the design variables
     * @param observations what has been measured so far
     * @param count        how many points to suggest
     * @param seed         random seed
     * @param parameters   optimiser-specific options (acquisition function, exploration weight, ...)
     * @param context      progress and cancellation
     * @return {@code count} points, each with one value per dimension of {@code space}, inside its bounds (whole
     *         numbers on {@link Dimension#integer()} dimensions); the same arguments give the same points
     * @throws IllegalArgumentException naming the problem when the input is wrong: an observation without one value
     *                                  per dimension, a negative count, or a parameter the optimiser does not read
     */
    List<double[]> suggest(List<Dimension> space, List<Observation> observations, int count, long seed,
            Parameters parameters, TaskContext context);

    /**
     * @return the parameters this plug-in reads, with their types, defaults and ranges, so that a workflow or command
     *         is checked before anything runs; {@link ParameterSchema#UNDECLARED} (the default) when it checks them itself
     */
    default ParameterSchema parameters() {
        return ParameterSchema.UNDECLARED;
    }
}
