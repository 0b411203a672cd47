package org.matforge.predictors.internal.osgi;

import org.matforge.commons.adapter.DelegatingPredictorTrainer;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.predictors.lib.ensemble.MlpEnsembleTrainer;
import org.matforge.spi.backend.ComputeBackend;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.model.TrainerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Trainer service {@code mlp-ensemble}: a deep ensemble of MLPs over any featurizer's output. */
@Component(service = PredictorTrainer.class)
@TrainerInfo(id = MlpEnsemble.TRAINER, name = "MLP deep ensemble", description = "Deep ensemble of multilayer perceptrons "
        + "(regression or 0/1 classification) with early stopping; each prediction carries a mean and a standard deviation.")
public final class MlpEnsembleTrainerComponent extends DelegatingPredictorTrainer {
    /** @param backend the initialised ND4J backend; referenced so that no training starts before ND4J is ready */
    @Activate
    public MlpEnsembleTrainerComponent(@Reference ComputeBackend backend) {
        super(new MlpEnsembleTrainer());
    }
}
