package org.matforge.spi.optimizer;

import java.util.List;
import java.util.Map;

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
     * Pool mode: chooses among given candidates (a measured pool, generated compositions) instead of anywhere in the
     * space. The default suggests {@code count} points and takes, for each, the nearest candidate not yet taken (distance
     * in the box scaled to unit length per dimension); optimisers that can score candidates directly override it.
     *
     * @param pool candidates, each with one value per dimension of {@code space}, none of them measured yet
     * @return indices into {@code pool} of {@code count} distinct candidates, best first
     * @throws IllegalArgumentException as {@link #suggest}, and when the pool has fewer than {@code count} candidates
     * @since 1.2
     */
    default int[] choose(List<Dimension> space, List<Observation> observations, List<double[]> pool, int count, long seed,
            Parameters parameters, TaskContext context) {
        if (pool.size() < count) {
            throw new IllegalArgumentException("the pool has " + pool.size() + " candidates; asked for " + count);
        }
        List<double[]> points = suggest(space, observations, count, seed, parameters, context);
        boolean[] taken = new boolean[pool.size()];
        int[] out = new int[count];
        for (int j = 0; j < count; j++) {
            int nearest = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                double d = 0;
                for (int k = 0; k < space.size() && !taken[i]; k++) {
                    Dimension dim = space.get(k);
                    double width = dim.upper() > dim.lower() ? dim.upper() - dim.lower() : 1;
                    double diff = (points.get(j)[k] - pool.get(i)[k]) / width;
                    d += diff * diff;
                }
                if (!taken[i] && d < best) {
                    best = d;
                    nearest = i;
                }
            }
            taken[nearest] = true;
            out[j] = nearest;
        }
        return out;
    }

    /**
     * What the optimiser's model learnt about the dimensions: e.g. the fitted length scale of each input of an ARD
     * Gaussian process (short = the objective changes fast along it = relevant), in units of the dimension's range.
     *
     * @return per dimension name, its length scale; empty when the optimiser's model has none (the default)
     * @since 1.2
     */
    default Map<String, Double> lengthScales(List<Dimension> space, List<Observation> observations, long seed, Parameters parameters,
            TaskContext context) {
        return Map.of();
    }

    /**
     * @return the parameters this plug-in reads, with their types, defaults and ranges, so that a workflow or command
     *         is checked before anything runs; {@link ParameterSchema#UNDECLARED} (the default) when it checks them itself
     */
    default ParameterSchema parameters() {
        return ParameterSchema.UNDECLARED;
    }
}
