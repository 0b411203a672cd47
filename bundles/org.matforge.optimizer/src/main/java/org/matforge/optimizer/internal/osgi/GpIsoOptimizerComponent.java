package org.matforge.optimizer.internal.osgi;

import org.matforge.commons.adapter.DelegatingOptimizer;
import org.matforge.optimizer.internal.BayesianOptimizerPlugin;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.optimizer.OptimizerInfo;
import org.osgi.service.component.annotations.Component;

/** Optimizer service {@code gp-iso}: a thin adapter over {@link BayesianOptimizerPlugin}. */
@Component(service = Optimizer.class)
@OptimizerInfo(id = "gp-iso", name = "GP (Matérn 5/2, isotropic)", description = "Bayesian optimisation with a Gaussian process, isotropic Matérn 5/2 kernel, hyper-parameters by marginal likelihood")
public final class GpIsoOptimizerComponent extends DelegatingOptimizer {
    /** Creates the component. */
    public GpIsoOptimizerComponent() {
        super(new BayesianOptimizerPlugin(SurrogateKind.GP_ISO));
    }
}
