package org.matforge.predictors.lib.ensemble;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.predictors.internal.FeaturizedTable;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.task.TaskContext;
import org.matforge.testkit.PropertyPredictorContract;

/** The test kit's predictor contract on a tiny {@code mlp-ensemble} trained on real expt_gap rows (Magpie features). */
class MlpEnsemblePredictorContractTest extends PropertyPredictorContract {
    private static final PredictionTask GAP = new PredictionTask("gap-contract", "band_gap", "eV", false, List.of("magpie"),
            Map.of("magpie", "1"));

    private static MlpEnsemble model;
    private static FeatureMatrix sample;

    @BeforeAll
    static void trainTinyEnsemble() {
        FeaturizedTable rows = FeaturizedTable.read("expt_gap", 60);
        EnsembleSettings s = EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("members", 2, "epochs", 3, "patience", 3,
                "layers", "8", "seed", 5)));
        model = EnsembleTraining.train(rows.features(), rows.targets(), GAP, s, TaskContext.unobserved());
        sample = rows.rows(new int[] {1, 9, 23, 40, 55}).features();
    }

    @Override
    protected PropertyPredictor predictor() {
        return model;
    }

    @Override
    protected FeatureMatrix sampleInput() {
        return sample;
    }
}
