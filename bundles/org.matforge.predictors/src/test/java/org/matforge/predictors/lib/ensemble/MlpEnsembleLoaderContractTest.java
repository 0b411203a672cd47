package org.matforge.predictors.lib.ensemble;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.predictors.internal.FeaturizedTable;
import org.matforge.predictors.internal.osgi.MlpEnsembleLoaderComponent;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.task.TaskContext;
import org.matforge.testkit.ModelLoaderContract;

/** The test kit's loader contract on {@code mlp-ensemble}, with a tiny ensemble trained on real expt_gap rows. */
class MlpEnsembleLoaderContractTest extends ModelLoaderContract {
    private static final PredictionTask GAP = new PredictionTask("gap-test", "band_gap", "eV", false, List.of("magpie"),
            Map.of("magpie", "1"));

    private static byte[] file;
    private static FeatureMatrix sample;

    @BeforeAll
    static void trainTinyEnsemble() throws IOException {
        FeaturizedTable rows = FeaturizedTable.read("expt_gap", 60);
        EnsembleSettings s = EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("members", 2, "epochs", 3, "patience", 3,
                "layers", "8", "seed", 7)));
        MlpEnsemble model = EnsembleTraining.train(rows.features(), rows.targets(), GAP, s, TaskContext.unobserved());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        file = out.toByteArray();
        sample = rows.rows(new int[] {0, 7, 21, 42}).features();
    }

    @Override
    protected ModelLoader loader() {
        return new MlpEnsembleLoaderComponent(null);
    }

    @Override
    protected byte[] modelFile() {
        return file.clone();
    }

    @Override
    protected FeatureMatrix sampleInput() {
        return sample;
    }
}
