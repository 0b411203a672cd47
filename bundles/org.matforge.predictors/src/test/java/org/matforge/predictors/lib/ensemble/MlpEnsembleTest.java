package org.matforge.predictors.lib.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Prediction;
import org.matforge.predictors.internal.FeaturizedTable;
import org.matforge.predictors.internal.osgi.MlpEnsembleLoaderComponent;
import org.matforge.commons.nn.Randoms;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/** A small ensemble trained on real expt_gap rows with Magpie features; full-size numbers are in the bench. */
class MlpEnsembleTest {
    private static FeaturizedTable train;
    private static FeaturizedTable test;
    private static MlpEnsemble model;

    private static final PredictionTask GAP = new PredictionTask("gap-test", "band_gap", "eV", false, List.of("magpie"),
            Map.of("magpie", "1"));

    @BeforeAll
    static void trainSmallEnsemble() {
        FeaturizedTable all = FeaturizedTable.read("expt_gap", 0);
        int[] order = Randoms.identity(all.targets().length);
        Randoms.shuffle(order, new SplittableRandom(5));
        train = all.rows(Arrays.copyOfRange(order, 0, 900));
        test = all.rows(Arrays.copyOfRange(order, 900, 1200));
        EnsembleSettings s = EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("members", 3, "epochs", 30, "patience", 8,
                "layers", "64,32", "loss", "nll", "seed", 7, "targetMin", 0)));
        model = EnsembleTraining.train(train.features(), train.targets(), GAP, s, TaskContext.unobserved());
    }

    @Test
    void beatsPredictingTheTrainingMeanOnUnseenRows() {
        Prediction[] p = model.predict(test.features(), TaskContext.unobserved());
        double trainMean = Arrays.stream(train.targets()).average().orElseThrow();
        double mae = 0;
        double dummy = 0;
        for (int i = 0; i < p.length; i++) {
            mae += Math.abs(p[i].mean() - test.targets()[i]);
            dummy += Math.abs(trainMean - test.targets()[i]);
            assertTrue(p[i].std() >= 0 && p[i].mean() >= 0 && Double.isFinite(p[i].mean()), p[i].toString());
        }
        assertTrue(mae < 0.8 * dummy, "MAE " + mae / p.length + " vs dummy " + dummy / p.length);
        assertTrue(model.metadata().metrics().get("validation_mae") > 0);
        assertEquals(3, model.metadata().curves().keySet().stream().filter(k -> k.endsWith(".validation")).count());
    }

    @Test
    void savedThenLoadedPredictsBitIdentically() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        MlpEnsemble loaded = (MlpEnsemble) new MlpEnsembleLoaderComponent(null).load(new ByteArrayInputStream(out.toByteArray()));
        Prediction[] before = model.predict(test.features(), TaskContext.unobserved());
        Prediction[] after = loaded.predict(test.features(), TaskContext.unobserved());
        assertArrayEquals(before, after);
        assertEquals(model.metadata(), loaded.metadata());
        assertEquals(model.featureLabels(), loaded.featureLabels());
        assertArrayEquals(model.gradients(test.features(), TaskContext.unobserved()).toArray(),
                loaded.gradients(test.features(), TaskContext.unobserved()).toArray());
    }

    @Test
    void gradientsMatchFiniteDifferencesOfThePredictedMean() {
        FeatureMatrix row = test.rows(new int[] {3}).features();
        double[] g = model.gradients(row, TaskContext.unobserved()).row(0);
        double[] scale = model.spec().standardizer().scale();
        int checked = 0;
        for (int j = 0; j < row.columnCount(); j += 11) {
            double h = 1e-2 * scale[j];
            double up = mean(row, j, h);
            double down = mean(row, j, -h);
            double fd = (up - down) / (2 * h);
            assertEquals(fd, g[j], 2e-2 * Math.abs(fd) + 1e-3 / scale[j], "feature " + row.labels().get(j));
            checked++;
        }
        assertTrue(checked > 5);
    }

    private static double mean(FeatureMatrix row, int column, double delta) {
        double[] v = row.toArray();
        v[column] += delta;
        return model.predict(FeatureMatrix.of(row.labels(), 1, v), TaskContext.unobserved())[0].mean();
    }

    @Test
    void wrongColumnsAreNamed() {
        List<String> labels = new java.util.ArrayList<>(test.features().labels());
        labels.set(2, "bogus");
        FeatureMatrix wrong = FeatureMatrix.of(labels, test.features().rowCount(), test.features().toArray());
        String message = assertThrows(IllegalArgumentException.class, () -> model.predict(wrong, TaskContext.unobserved()))
                .getMessage();
        assertTrue(message.contains("column 3") && message.contains("bogus"), message);
    }

    @Test
    void aFileOfAnotherTrainerOrWithABrokenNetworkIsRejected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        ModelFile archive = ModelFile.read(new ByteArrayInputStream(out.toByteArray()));
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (String name : archive.names()) {
            entries.put(name, archive.entry(name));
        }
        entries.put("member-1.dl4j", Arrays.copyOf(entries.get("member-1.dl4j"), 100));
        byte[] broken = ModelFile.of(archive.metadata(), entries).toBytes();
        IOException e = assertThrows(IOException.class, () -> new MlpEnsembleLoaderComponent(null).load(new ByteArrayInputStream(broken)));
        assertTrue(e.getMessage().contains("member-1.dl4j"), e.getMessage());

        var md = archive.metadata();
        var gan = new org.matforge.spi.model.ModelMetadata("generator", "gan", md.id(), "", "", List.of(), Map.of(), "", 1,
                Map.of(), Map.of(), 1);
        byte[] other = ModelFile.of(gan, Map.of()).toBytes();
        e = assertThrows(IOException.class, () -> new MlpEnsembleLoaderComponent(null).load(new ByteArrayInputStream(other)));
        assertTrue(e.getMessage().contains("trainer 'gan'"), e.getMessage());
    }
}
