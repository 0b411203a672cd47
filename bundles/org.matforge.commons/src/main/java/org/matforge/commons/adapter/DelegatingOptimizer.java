package org.matforge.commons.adapter;

import java.util.List;
import java.util.Map;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.optimizer.Dimension;
import org.matforge.spi.optimizer.Observation;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.task.TaskContext;

/** Base of the DS components: a thin adapter that forwards to a plain-Java design optimiser. */
public abstract class DelegatingOptimizer implements Optimizer {
    private final Optimizer delegate;

    protected DelegatingOptimizer(Optimizer delegate) {
        this.delegate = delegate;
    }

    @Override
    public final List<double[]> suggest(List<Dimension> space, List<Observation> observations, int count, long seed, Parameters parameters,
            TaskContext context) {
        return delegate.suggest(space, observations, count, seed, parameters, context);
    }

    @Override
    public final int[] choose(List<Dimension> space, List<Observation> observations, List<double[]> pool, int count, long seed,
            Parameters parameters, TaskContext context) {
        return delegate.choose(space, observations, pool, count, seed, parameters, context);
    }

    @Override
    public final Map<String, Double> lengthScales(List<Dimension> space, List<Observation> observations, long seed, Parameters parameters,
            TaskContext context) {
        return delegate.lengthScales(space, observations, seed, parameters, context);
    }

    @Override
    public final ParameterSchema parameters() {
        return delegate.parameters();
    }
}
