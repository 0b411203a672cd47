package org.matforge.optimizer.internal.osgi;

import org.matforge.commons.adapter.DelegatingOptimizer;
import org.matforge.optimizer.internal.BayesianOptimizerPlugin;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.optimizer.OptimizerInfo;
import org.osgi.service.component.annotations.Component;

/** Optimizer service {@code random}: a thin adapter over {@link BayesianOptimizerPlugin}. */
@Component(service = Optimizer.class)
@OptimizerInfo(id = "random", name = "Random search", description = "uniformly random proposals, the baseline")
public final class RandomOptimizerComponent extends DelegatingOptimizer {
    /** Creates the component. */
    public RandomOptimizerComponent() {
        super(new BayesianOptimizerPlugin(SurrogateKind.RANDOM));
    }
}
