package org.matforge.predictors.lib.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Prediction;
import org.matforge.commons.nn.Randoms;
import org.matforge.predictors.internal.FeaturizedTable;
import org.matforge.predictors.internal.osgi.MlpEnsembleLoaderComponent;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/** The training options (schedule, activation, dropout, weight decay, subsample, threads), on real expt_gap rows (Magpie features). */
class TrainingOptionsTest {
    private static final PredictionTask GAP = new PredictionTask("gap-test", "band_gap", "eV", false, List.of("magpie"),
            Map.of("magpie", "1"));
    private static FeaturizedTable train;
    private static FeaturizedTable test;

    @BeforeAll
    static void readRows() {
        FeaturizedTable all = FeaturizedTable.read("expt_gap", 0);
        int[] order = Randoms.identity(all.targets().length);
        Randoms.shuffle(order, new SplittableRandom(11));
        train = all.rows(Arrays.copyOfRange(order, 0, 700));
        test = all.rows(Arrays.copyOfRange(order, 700, 1000));
    }

    @Test
    void cosineWarmsUpLinearlyThenFallsMonotonicallyTowardsZero() {
        EnsembleSettings s = settings(Map.of("schedule", "cosine", "epochs", 50, "warmup", 4, "learningRate", 0.004));
        for (int e = 0; e < 4; e++) {
            assertEquals(0.004 * (e + 1) / 5, s.learningRateAt(e), 1e-15);
        }
        assertEquals(0.004, s.learningRateAt(4), 1e-15);
        assertEquals(0.002, s.learningRateAt(4 + 23), 1e-15, "half-way through the annealing: half the peak");
        for (int e = 5; e < 50; e++) {
            assertTrue(s.learningRateAt(e) < s.learningRateAt(e - 1), "epoch " + e);
        }
        assertTrue(s.learningRateAt(49) < 0.004 * 0.01, "last epoch: " + s.learningRateAt(49));
        EnsembleSettings constant = settings(Map.of("learningRate", 0.004, "schedule", "constant"));
        assertEquals(0.004, constant.learningRateAt(0));
        assertEquals(0.004, constant.learningRateAt(49));
    }

    @Test
    void badScheduleOrActivationIsNamed() {
        String message = assertThrows(IllegalArgumentException.class, () -> settings(Map.of("activation", "sigmoidish"))).getMessage();
        assertTrue(message.contains("activation") && message.contains("silu"), message);
        message = assertThrows(IllegalArgumentException.class, () -> settings(Map.of("schedule", "step"))).getMessage();
        assertTrue(message.contains("schedule") && message.contains("cosine"), message);
    }

    @Test
    void siluMembersDifferFromReluOnesAreDeterministicAndSurviveSaving() throws IOException {
        Map<String, Object> common = Map.of("members", 2, "epochs", 6, "patience", 6, "layers", "32,16", "seed", 3,
                "targetMin", 0, "schedule", "cosine", "warmup", 1);
        MlpEnsemble silu = train(common, "silu");
        MlpEnsemble again = train(common, "silu");
        MlpEnsemble relu = train(common, "relu");
        Prediction[] p = silu.predict(test.features(), TaskContext.unobserved());
        assertArrayEquals(p, again.predict(test.features(), TaskContext.unobserved()), "same seed, same ensemble");
        assertFalse(Arrays.equals(p, relu.predict(test.features(), TaskContext.unobserved())));

        // the activation travels with the saved networks: a loaded SiLU ensemble predicts as the trained one
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        silu.save(out);
        MlpEnsemble loaded = (MlpEnsemble) new MlpEnsembleLoaderComponent(null).load(new ByteArrayInputStream(out.toByteArray()));
        assertArrayEquals(p, loaded.predict(test.features(), TaskContext.unobserved()));
    }

    @Test
    void twoThreadsTrainTheSameMembersAsOne() {
        Map<String, Object> p = new HashMap<>(Map.of("members", 3, "epochs", 4, "layers", "32,16", "seed", 9, "dropout", 0.2,
                "subsample", 0.8));
        MlpEnsemble one = EnsembleTraining.train(train.features(), train.targets(), GAP, settings(p), TaskContext.unobserved());
        p.put("threads", 2);
        MlpEnsemble two = EnsembleTraining.train(train.features(), train.targets(), GAP, settings(p), TaskContext.unobserved());
        assertArrayEquals(one.predict(test.features(), TaskContext.unobserved()), two.predict(test.features(), TaskContext.unobserved()));
        assertEquals(one.metadata().curves(), two.metadata().curves());
    }

    @Test
    void dropoutActsInTrainingOnlyAndSubsampleChangesTheMembers() {
        Map<String, Object> p = new HashMap<>(Map.of("members", 1, "epochs", 4, "layers", "32,16", "seed", 4));
        Prediction[] plain = trainWith(p).predict(test.features(), TaskContext.unobserved());
        p.put("dropout", 0.3);
        MlpEnsemble dropped = trainWith(p);
        Prediction[] once = dropped.predict(test.features(), TaskContext.unobserved());
        assertFalse(Arrays.equals(plain, once), "dropout changes training");
        assertArrayEquals(once, dropped.predict(test.features(), TaskContext.unobserved()), "and not inference");
        p.remove("dropout");
        p.put("subsample", 0.5);
        assertFalse(Arrays.equals(plain, trainWith(p).predict(test.features(), TaskContext.unobserved())));
    }

    @Test
    void decoupledWeightDecayShrinksTheWeights() throws IOException {
        Map<String, Object> p = new HashMap<>(Map.of("members", 1, "epochs", 5, "layers", "32,16", "seed", 4, "l2", 0,
                "learningRate", 0.01, "schedule", "constant", "batch", 32));
        double free = memberWeightNorm(trainWith(p));
        p.put("weightDecay", 0.5);
        double decayed = memberWeightNorm(trainWith(p));
        assertTrue(decayed < 0.8 * free, "L2 norm of the parameters: " + decayed + " with weight decay, " + free + " without");
    }

    private static double memberWeightNorm(MlpEnsemble model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        byte[] member = ModelFile.read(new ByteArrayInputStream(out.toByteArray())).entry("member-0.dl4j");
        return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(member), false).params().norm2Number().doubleValue();
    }

    private static MlpEnsemble trainWith(Map<String, Object> p) {
        return EnsembleTraining.train(train.features(), train.targets(), GAP, settings(p), TaskContext.unobserved());
    }

    private static MlpEnsemble train(Map<String, Object> common, String activation) {
        Map<String, Object> p = new HashMap<>(common);
        p.put("activation", activation);
        return EnsembleTraining.train(train.features(), train.targets(), GAP, settings(p), TaskContext.unobserved());
    }

    private static EnsembleSettings settings(Map<String, Object> p) {
        return EnsembleSettings.DEFAULTS.with(Parameters.of(p));
    }
}
