package org.matforge.optimizer.internal.osgi;

import org.matforge.commons.adapter.DelegatingOptimizer;
import org.matforge.optimizer.internal.BayesianOptimizerPlugin;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.optimizer.OptimizerInfo;
import org.osgi.service.component.annotations.Component;

/** Optimizer service {@code gp-ard}: a thin adapter over {@link BayesianOptimizerPlugin}. */
@Component(service = Optimizer.class)
@OptimizerInfo(id = "gp-ard", name = "GP (Matérn 5/2, ARD)", description = "Bayesian optimisation with a Gaussian process, Matérn 5/2 kernel with one length scale per dimension, hyper-parameters by marginal likelihood")
public final class GpArdOptimizerComponent extends DelegatingOptimizer {
    /** Creates the component. */
    public GpArdOptimizerComponent() {
        super(new BayesianOptimizerPlugin(SurrogateKind.GP_ARD));
    }
}
