package org.matforge.commons.adapter;

import java.util.List;

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
    public final ParameterSchema parameters() {
        return delegate.parameters();
    }
}
