package org.matforge.predictors.lib.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Prediction;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.nn.Randoms;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.predictors.internal.FeaturizedTable;
import org.matforge.predictors.internal.osgi.MlpEnsembleLoaderComponent;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/**
 * The applicability domain of an ensemble trained on real expt_gap rows (Magpie features): unseen known compounds are
 * mostly inside, compositions unlike any training compound are outside, and the domain survives save and load.
 */
class ApplicabilityDomainTest {
    private static FeaturizedTable train;
    private static FeaturizedTable unseen;
    private static MlpEnsemble model;

    @BeforeAll
    static void train() {
        FeaturizedTable all = FeaturizedTable.read("expt_gap", 0);
        int[] order = Randoms.identity(all.targets().length);
        Randoms.shuffle(order, new SplittableRandom(11));
        train = all.rows(Arrays.copyOfRange(order, 0, 1500));
        unseen = all.rows(Arrays.copyOfRange(order, 1500, 2500));
        EnsembleSettings s = EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("members", 2, "epochs", 3, "layers", "16", "seed", 3)));
        model = EnsembleTraining.train(train.features(), train.targets(),
                new PredictionTask("gap", "band_gap", "eV", false, List.of("magpie"), Map.of("magpie", "1")), s, TaskContext.unobserved());
    }

    @Test
    void unseenKnownCompoundsAreMostlyInsideAndTheTrainingRowsAtDistanceZero() {
        double threshold = model.domainThreshold();
        assertTrue(threshold > 0 && Double.isFinite(threshold), "threshold " + threshold);
        assertEquals(threshold, model.metadata().metrics().get("domain_threshold"));
        double[] d = model.domainDistances(unseen.features(), TaskContext.unobserved());
        long inside = Arrays.stream(d).filter(x -> x <= threshold).count();
        // the threshold is the 95 % quantile of the held-out validation rows; other unseen rows behave alike
        assertTrue(inside > 0.85 * d.length && inside < d.length, inside + " of " + d.length + " unseen rows inside");
        double[] own = model.domainDistances(train.features(), TaskContext.unobserved());
        long zero = Arrays.stream(own).filter(x -> x == 0).count();
        // every training row the members fit (all but the 10 % validation share) is its own nearest neighbour
        assertTrue(zero >= 0.85 * own.length, zero + " of " + own.length);
    }

    @Test
    void compositionsUnlikeAnyTrainingCompoundAreOutside() {
        FeatureMatrix x = StandardFeaturizers.create(ElementTable.load()).get(StandardFeaturizers.MAGPIE)
                .featurizeAll(List.of(Composition.parse("PuAmCmBk"), Composition.parse("NpNo2Lr")), TaskContext.unobserved());
        for (double d : model.domainDistances(x, TaskContext.unobserved())) {
            assertTrue(d > model.domainThreshold(), d + " vs " + model.domainThreshold());
        }
        assertTrue(model.domainDescription().contains("95 % quantile"), model.domainDescription());
    }

    @Test
    void theDomainIsSavedAndAOlderFileHasNone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        MlpEnsemble loaded = (MlpEnsemble) new MlpEnsembleLoaderComponent(null).load(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(model.domainThreshold(), loaded.domainThreshold());
        assertArrayEquals(model.domainDistances(unseen.features(), TaskContext.unobserved()),
                loaded.domainDistances(unseen.features(), TaskContext.unobserved()));
        ModelFile file = ModelFile.read(new ByteArrayInputStream(out.toByteArray()));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : file.names()) {
            if (!name.equals(ApplicabilityDomain.ENTRY)) {
                entries.put(name, file.entry(name));
            }
        }
        ByteArrayOutputStream older = new ByteArrayOutputStream();
        ModelFile.of(file.metadata(), entries).write(older);
        MlpEnsemble old = (MlpEnsemble) new MlpEnsembleLoaderComponent(null).load(new ByteArrayInputStream(older.toByteArray()));
        assertTrue(Double.isNaN(old.domainThreshold()));
        assertTrue(Double.isNaN(old.domainDistances(unseen.features(), TaskContext.unobserved())[0]));
    }

    @Test
    void aDamagedDomainEntryIsRefused() throws IOException {
        ApplicabilityDomain d = new ApplicabilityDomain(new float[] {1, 2, 3, 4}, 2, 0.5, 10);
        assertEquals(d.threshold(), ApplicabilityDomain.fromBytes(d.toBytes(), 2).threshold());
        byte[] cut = Arrays.copyOf(d.toBytes(), 30);
        assertTrue(assertThrows(IOException.class, () -> ApplicabilityDomain.fromBytes(cut, 2)).getMessage().contains("domain.bin"));
        assertTrue(assertThrows(IOException.class, () -> ApplicabilityDomain.fromBytes(d.toBytes(), 3)).getMessage().contains("expected rows of 3"));
    }

    @Test
    void theBatchedSearchFindsExactlyTheNearestTrainingRowOfTheOneByOneSearch() {
        // four featurizers (149 features), as the main job's gap model; 2,000 training rows, 2,000 others and 2 far away
        FeaturizedTable all = FeaturizedTable.read("expt_gap", 0, "magpie,stoichiometry,valence-orbital,ion-property");
        int rows = all.features().rowCount();
        Standardizer s = Standardizer.fit(all.features(), Randoms.identity(rows));
        int width = all.features().columnCount();
        float[] x = s.apply(all.features(), 0, rows);
        ApplicabilityDomain domain = ApplicabilityDomain.fit(x, width, Randoms.identity(2000), new int[] {2000, 2001});
        float[] query = Arrays.copyOfRange(x, 1000 * width, 3000 * width);
        double[] batched = domain.distances(query, 2000);
        int zero = 0;
        for (int i = 0; i < batched.length; i++) {
            assertEquals(domain.distance(query, i * width), batched[i], "row " + (1000 + i));
            zero += batched[i] == 0 ? 1 : 0;
        }
        assertTrue(zero >= 1000 && zero < 1100, zero + " rows at distance 0: the training rows among them, and their duplicates");
        float[] far = new float[2 * width];
        Arrays.fill(far, 0, width, 40f);
        Arrays.fill(far, width, 2 * width, -3f);
        double[] outside = domain.distances(far, 2);
        assertEquals(domain.distance(far, 0), outside[0]);
        assertEquals(domain.distance(far, width), outside[1]);
    }

    @Test
    void predictionsAndDistancesDoNotDependOnTheThreads() throws Exception {
        FeaturizedTable many = FeaturizedTable.read("expt_gap", 0);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            Prediction[] alone = one.submit(() -> model.predict(many.features(), TaskContext.unobserved())).get();
            double[] aloneDistances = one.submit(() -> model.domainDistances(many.features(), TaskContext.unobserved())).get();
            assertArrayEquals(alone, model.predict(many.features(), TaskContext.unobserved()));
            assertArrayEquals(aloneDistances, model.domainDistances(many.features(), TaskContext.unobserved()));
            assertTrue(many.features().rowCount() > 4096, "more than one chunk");
        } finally {
            one.shutdown();
        }
    }
}
