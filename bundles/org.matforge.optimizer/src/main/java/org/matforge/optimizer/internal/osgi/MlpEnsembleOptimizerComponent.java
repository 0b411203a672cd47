package org.matforge.optimizer.internal.osgi;

import org.matforge.commons.adapter.DelegatingOptimizer;
import org.matforge.optimizer.internal.BayesianOptimizerPlugin;
import org.matforge.optimizer.internal.TrainerSurrogate;
import org.matforge.optimizer.lib.SurrogateKind;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.optimizer.OptimizerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Optimizer service {@code mlp-ensemble}: Bayesian optimisation whose surrogate is the {@code mlp-ensemble} predictor
 * trainer (mean and σ of a deep ensemble); registered only while that trainer is.
 */
@Component(service = Optimizer.class)
@OptimizerInfo(id = "mlp-ensemble", name = "MLP deep ensemble", description = "Bayesian optimisation with a deep ensemble of small MLPs "
        + "(the mlp-ensemble predictor) as surrogate: the members' mean and spread, no length scales")
public final class MlpEnsembleOptimizerComponent extends DelegatingOptimizer {
    /** @param trainer the mlp-ensemble predictor trainer */
    @Activate
    public MlpEnsembleOptimizerComponent(@Reference(target = "(matforge.id=mlp-ensemble)") PredictorTrainer trainer) {
        super(new BayesianOptimizerPlugin(SurrogateKind.MLP_ENSEMBLE, restarts -> new TrainerSurrogate(trainer, TrainerSurrogate.SMALL_ENSEMBLE)));
    }
}
