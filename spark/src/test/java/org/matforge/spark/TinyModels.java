package org.matforge.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.SparkSession;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.commons.testdata.SharedData;
import org.matforge.models.lib.gan.GanModels;
import org.matforge.predictors.lib.ensemble.MlpEnsembleTrainer;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.task.TaskContext;

/** Tiny real models trained on expt_gap and mp_e_form rows in a second or two, and the tests' local Spark session. */
final class TinyModels {
    private static byte[] predictor;
    private static byte[] gan;
    private static byte[] eform;
    private static byte[] conditionalGan;

    private TinyModels() {
    }

    /** @return a 2-member mlp-ensemble (one 8-unit layer, 3 epochs) of band_gap on Magpie features of 200 expt_gap rows */
    static synchronized byte[] predictor() {
        if (predictor == null) {
            predictor = ensemble("expt_gap", 200, new PredictionTask("tiny-gap", "band_gap", "eV", false, List.of("magpie"),
                    Map.of("magpie", "1")), 3);
        }
        return predictor.clone();
    }

    /** @return a 2-member mlp-ensemble (5 epochs) of formation energy ({@code e_form}, eV/atom) on 400 mp_e_form rows */
    static synchronized byte[] eform() {
        if (eform == null) {
            eform = ensemble("mp_e_form", 400, new PredictionTask("tiny-eform", "e_form", "eV/atom", false, List.of("magpie"),
                    Map.of("magpie", "1")), 5);
        }
        return eform.clone();
    }

    /**
     * A small ensemble on Magpie features of a dataset's first rows, trained with a fixed recipe (not the trainer's
     * defaults, so the tests' expected verdicts do not move with them).
     */
    private static byte[] ensemble(String dataset, int rows, PredictionTask task, int epochs) {
        SharedData.Table t = SharedData.table(dataset, rows);
        List<Composition> c = t.formulas().stream().map(Composition::parse).toList();
        FeatureMatrix features = SparkJobs.featurizer("magpie").featurizeAll(c, TaskContext.unobserved());
        return bytes(new MlpEnsembleTrainer().train(features, t.targets(), task, Parameters.of(Map.of("members", 2, "epochs", epochs,
                "patience", 3, "layers", "8", "seed", 7, "batch", 64, "schedule", "constant", "learningRate", 0.001, "init", "xavier")),
                TaskContext.unobserved()));
    }

    /** @return a GAN (2 epochs, 16-unit layers) on 200 expt_gap compositions */
    static synchronized byte[] gan() {
        if (gan == null) {
            List<Composition> data = SharedData.table("expt_gap", 200).formulas().stream().map(Composition::parse).toList();
            gan = bytes(GanModels.train(data, Optional.empty(), "tiny-gan", Parameters.of(Map.of("epochs", 2, "noise", 8,
                    "generatorLayers", "16", "discriminatorLayers", "16", "seed", 11)), TaskContext.unobserved()));
        }
        return gan.clone();
    }

    /** @return a GAN like {@link #gan()} conditioned on the band gaps of those 200 rows */
    static synchronized byte[] conditionalGan() {
        if (conditionalGan == null) {
            SharedData.Table t = SharedData.table("expt_gap", 200);
            List<Composition> data = t.formulas().stream().map(Composition::parse).toList();
            conditionalGan = bytes(GanModels.train(data, Optional.of(new PropertyValues("band_gap", t.targets())), "tiny-cgan",
                    Parameters.of(Map.of("epochs", 2, "noise", 8, "generatorLayers", "16", "discriminatorLayers", "16", "seed", 11)),
                    TaskContext.unobserved()));
        }
        return conditionalGan.clone();
    }

    private static byte[] bytes(SavableModel m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a local[2] session without UI, on loopback */
    static SparkSession spark() {
        return SparkSession.builder().appName("matforge-test").master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }
}
