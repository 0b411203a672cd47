package org.matforge.optimizer.internal.osgi;

import org.matforge.commons.adapter.DelegatingOptimizer;
import org.matforge.optimizer.internal.BayesianOptimizerPlugin;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.optimizer.OptimizerInfo;
import org.osgi.service.component.annotations.Component;

/** Optimizer service {@code random-forest}: a thin adapter over {@link BayesianOptimizerPlugin}. */
@Component(service = Optimizer.class)
@OptimizerInfo(id = "random-forest", name = "Random forest", description = "Bayesian optimisation with a random-forest surrogate (mean and spread of 100 trees)")
public final class RandomForestOptimizerComponent extends DelegatingOptimizer {
    /** Creates the component. */
    public RandomForestOptimizerComponent() {
        super(new BayesianOptimizerPlugin(SurrogateKind.RANDOM_FOREST));
    }
}
