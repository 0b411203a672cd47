package org.matforge.models.lib.vae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.api.data.Parameters;
import org.matforge.commons.testdata.SharedData;
import org.matforge.models.lib.codec.SamplingSettings;
import org.matforge.models.lib.generator.SmactValidity;
import org.matforge.models.lib.codec.Coverage;
import org.matforge.models.lib.generator.SampledGenerator;
import org.matforge.commons.nn.Mlp;
import org.matforge.spi.generator.LatentSpaceGenerator;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;

/** A small VAE and a small CVAE (band gap) trained once on expt_gap (seconds each), then checked from every side. */
class VaeModelsTest {
    static final Map<String, Object> SMALL = Map.of("epochs", 8, "batch", 64, "layers", "256,128", "latent", 16, "seed", 3);
    static final Set<Element> ANIONS = EnumSet.of(Element.O, Element.F, Element.Cl, Element.Br, Element.I, Element.S,
            Element.Se, Element.Te, Element.N, Element.P, Element.As);
    static List<SharedData.Row> rows;
    static List<Composition> data;
    static VaeGenerator vae;
    static VaeGenerator cvae;

    @BeforeAll
    static void train() {
        rows = SharedData.rows("expt_gap");
        data = rows.stream().map(SharedData.Row::composition).toList();
        vae = VaeModels.train(data, Optional.empty(), "vae-test", Parameters.of(SMALL), TaskContext.unobserved());
        double[] gaps = rows.stream().mapToDouble(SharedData.Row::target).toArray();
        cvae = VaeModels.train(data, Optional.of(new PropertyValues("band_gap", gaps)), "cvae-test", Parameters.of(SMALL),
                TaskContext.unobserved());
    }

    @Test
    void priorSamplesAreMeasurablyCloserToTheDataThanUntrainedOnes() {
        VaeSampler trained = (VaeSampler) vae.sampler();
        int latent = trained.latent();
        VaeSampler untrained = new VaeSampler(trained.encoder(), Mlp.create(3, latent, new int[] {128, 256},
                trained.codec().width(), Activation.LEAKYRELU, new Adam(1e-3), 0), trained.codec(), latent, null, SamplingSettings.AS_TRAINED);
        List<Composition> before = untrained.draw(2000, 3, Optional.empty());
        List<Composition> after = trained.draw(2000, 3, Optional.empty());
        double dBefore = Coverage.elementFrequencyDistance(before, data);
        double dAfter = Coverage.elementFrequencyDistance(after, data);
        double aBefore = Coverage.atomsPerFormulaDistance(before, data);
        double aAfter = Coverage.atomsPerFormulaDistance(after, data);
        System.out.printf("VAE vs untrained: element-frequency distance %.3f → %.3f, atoms-per-formula W1 %.2f → %.2f, SMACT-valid %.3f → %.3f%n",
                dBefore, dAfter, aBefore, aAfter, validShare(before), validShare(after));
        assertTrue(dAfter < 0.6 * dBefore, "element-frequency distance " + dBefore + " → " + dAfter);
        assertTrue(aAfter < 0.8 * aBefore, "atoms-per-formula distance " + aBefore + " → " + aAfter);
    }

    @Test
    void conditionalSamplesFollowTheTargetRange() {
        assertTrue(cvae.conditional());
        List<Composition> metals = cvae.sample(2000, 1, Optional.of(new PropertyCondition("band_gap", 0, 0)), TaskContext.unobserved());
        List<Composition> insulators = cvae.sample(2000, 1, Optional.of(new PropertyCondition("band_gap", 3, 6)), TaskContext.unobserved());
        double anionMetals = anionShare(metals);
        double anionInsulators = anionShare(insulators);
        // in expt_gap, wide-gap compounds are nearly all oxides/halides/chalcogenides/pnictides; zero-gap ones far less often
        assertTrue(anionInsulators > anionMetals + 0.2, "share with an anion: gap 0 → " + anionMetals + ", gap 3–6 → " + anionInsulators);
        var other = assertThrows(UnsupportedOperationException.class,
                () -> cvae.sample(10, 1, Optional.of(new PropertyCondition("e_form", 0, 1)), TaskContext.unobserved()));
        assertTrue(other.getMessage().contains("band_gap"), other.getMessage());
        assertThrows(UnsupportedOperationException.class,
                () -> vae.sample(10, 1, Optional.of(new PropertyCondition("band_gap", 0, 1)), TaskContext.unobserved()));
        assertEquals("band_gap", cvae.metadata().target());
    }

    @Test
    void interpolationRunsFromOneCompositionToTheOther() {
        LatentSpaceGenerator g = vae;
        Composition from = Composition.parse("ZnO");
        Composition to = Composition.parse("GaAs");
        List<Composition> path = g.interpolate(from, to, 7, Optional.empty(), TaskContext.unobserved());
        System.out.println("VAE interpolation ZnO → GaAs: " + path);
        assertEquals(7, path.size());
        assertTrue(path.stream().allMatch(c -> c != null && c.isIntegral()), "every point decodes to a composition: " + path);
        assertNotEquals(path.get(0), path.get(6), "the path moves: " + path);
        assertTrue(path.stream().distinct().count() >= 3, "the path passes through other compositions: " + path);
        assertEquals(List.of(path.get(0), path.get(6)), g.interpolate(from, to, 2, Optional.empty(), TaskContext.unobserved()),
                "both ends are included whatever the number of steps");
        assertEquals(path, g.interpolate(from, to, 7, Optional.empty(), TaskContext.unobserved()));
        assertEquals(1, g.interpolate(from, from, 5, Optional.empty(), TaskContext.unobserved()).stream().distinct().count(),
                "a walk from a composition to itself stays put");
    }

    @Test
    void conditionalInterpolationHoldsTheGivenValue() {
        Composition from = Composition.parse("ZnO");
        Composition to = Composition.parse("GaN");
        List<Composition> metal = cvae.interpolate(from, to, 9, Optional.of(new PropertyCondition("band_gap", 0, 0)), TaskContext.unobserved());
        List<Composition> wide = cvae.interpolate(from, to, 9, Optional.of(new PropertyCondition("band_gap", 4, 4)), TaskContext.unobserved());
        List<Composition> mean = cvae.interpolate(from, to, 9, Optional.empty(), TaskContext.unobserved());
        System.out.println("CVAE interpolation ZnO → GaN at gap 0: " + metal + "\n  at gap 4: " + wide + "\n  at the mean: " + mean);
        assertEquals(9, metal.size());
        assertNotEquals(metal, wide, "the held value reaches the decoder");
        assertEquals(wide, cvae.interpolate(from, to, 9, Optional.of(new PropertyCondition("band_gap", 3, 5)), TaskContext.unobserved()),
                "a range is held at its middle");
    }

    @Test
    void badInterpolationsAreClearErrors() {
        Composition zno = Composition.parse("ZnO");
        var steps = assertThrows(IllegalArgumentException.class, () -> vae.interpolate(zno, zno, 1, Optional.empty(), TaskContext.unobserved()));
        assertTrue(steps.getMessage().contains("at least 2 steps"), steps.getMessage());
        List<Element> vocabulary = vae.sampler().codec().vocabulary();
        Element outside = java.util.Arrays.stream(Element.values()).filter(e -> !vocabulary.contains(e)).findFirst().orElseThrow();
        var unknown = assertThrows(IllegalArgumentException.class, () -> vae.interpolate(zno,
                Composition.parse(outside.symbol() + "O2"), 4, Optional.empty(), TaskContext.unobserved()));
        assertTrue(unknown.getMessage().contains("element " + outside.symbol() + " outside the model's vocabulary"), unknown.getMessage());
        int tooMany = vae.sampler().codec().maxCount() + 1;
        var count = assertThrows(IllegalArgumentException.class, () -> vae.interpolate(Composition.parse("Zn" + tooMany + "O"), zno, 4,
                Optional.empty(), TaskContext.unobserved()));
        assertTrue(count.getMessage().contains("start") && count.getMessage().contains("at most " + (tooMany - 1)), count.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> vae.interpolate(zno, zno, 3,
                Optional.of(new PropertyCondition("band_gap", 1, 1)), TaskContext.unobserved()));
        var other = assertThrows(UnsupportedOperationException.class, () -> cvae.interpolate(zno, zno, 3,
                Optional.of(new PropertyCondition("e_form", 1, 1)), TaskContext.unobserved()));
        assertTrue(other.getMessage().contains("band_gap"), other.getMessage());
    }

    @Test
    void sameSeedSameSamplesOtherSeedOtherSamples() {
        Optional<PropertyCondition> c = Optional.of(new PropertyCondition("band_gap", 1, 2));
        List<Composition> a = cvae.sample(300, 42, c, TaskContext.unobserved());
        assertEquals(a, cvae.sample(300, 42, c, TaskContext.unobserved()));
        assertNotEquals(a, cvae.sample(300, 43, c, TaskContext.unobserved()));
        assertEquals(vae.sample(300, 42, Optional.empty(), TaskContext.unobserved()), vae.sample(300, 42, Optional.empty(), TaskContext.unobserved()));
    }

    @Test
    void savedAndLoadedModelsSampleIdentically() throws IOException {
        for (VaeGenerator g : List.of(vae, cvae)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            g.save(out);
            VaeGenerator loaded = VaeModels.read(ModelFile.read(new ByteArrayInputStream(out.toByteArray())));
            assertEquals(g.metadata(), loaded.metadata());
            assertEquals(g.conditional(), loaded.conditional());
            Optional<PropertyCondition> c = g.conditional() ? Optional.of(new PropertyCondition("band_gap", 2, 2)) : Optional.empty();
            assertEquals(g.sample(500, 9, c, TaskContext.unobserved()), loaded.sample(500, 9, c, TaskContext.unobserved()));
            Composition from = Composition.parse("ZnO");
            Composition to = Composition.parse("GaN");
            assertEquals(g.interpolate(from, to, 6, c, TaskContext.unobserved()), loaded.interpolate(from, to, 6, c, TaskContext.unobserved()));
        }
    }

    @Test
    void warmerPresenceDrawsAreMoreDiverseAndTheSettingTravelsInTheModelFile() throws IOException {
        VaeSampler s = (VaeSampler) vae.sampler();
        Set<Composition> known = new java.util.HashSet<>(data);
        var cold = org.matforge.models.lib.codec.SampleQuality.measure(s.with(new SamplingSettings(1, 0.7, 1))
                .draw(2000, 5, Optional.empty()), known, null);
        var warm = org.matforge.models.lib.codec.SampleQuality.measure(s.with(new SamplingSettings(1, 1.4, 1))
                .draw(2000, 5, Optional.empty()), known, null);
        assertTrue(warm.unique() > cold.unique() + 0.05 && warm.novel() > cold.novel() + 0.05, cold + " vs " + warm);

        SamplingSettings shipped = new SamplingSettings(1.2, 1.1, 0.8);
        SampledGenerator tuned = new SampledGenerator(vae.metadata(), s.with(shipped));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tuned.save(out);
        VaeSampler loaded = (VaeSampler) VaeModels.read(ModelFile.read(new ByteArrayInputStream(out.toByteArray()))).sampler();
        assertEquals(shipped, loaded.sampling());
        assertEquals(s.with(shipped).draw(300, 4, Optional.empty()), loaded.draw(300, 4, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> VaeSettings.DEFAULTS.with(Parameters.of(Map.of("countTemperature", 0))));
    }

    @Test
    void metadataCarriesCurvesAndMetrics() {
        for (String curve : List.of("reconstruction", "kl", "empty", "unique", "novel")) {
            assertEquals(8, vae.metadata().curves().get(curve).size(), curve);
        }
        List<Double> recon = vae.metadata().curves().get("reconstruction");
        assertTrue(recon.get(recon.size() - 1) < recon.get(0), "reconstruction loss falls: " + recon);
        assertFalse(vae.metadata().metrics().isEmpty());
    }

    @Test
    void badPropertyValuesAreClearErrors() {
        List<Composition> few = data.subList(0, 100);
        double[] values = new double[100];
        values[7] = Double.NaN;
        var nan = assertThrows(IllegalArgumentException.class, () -> VaeModels.train(few,
                Optional.of(new PropertyValues("band_gap", values)), "x", Parameters.empty(), TaskContext.unobserved()));
        assertTrue(nan.getMessage().contains("composition 8"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VaeModels.train(few,
                Optional.of(new PropertyValues("band_gap", new double[99])), "x", Parameters.empty(), TaskContext.unobserved()));
    }

    static double anionShare(List<Composition> samples) {
        return samples.stream().filter(c -> ANIONS.stream().anyMatch(c::contains)).count() / (double) samples.size();
    }

    static double validShare(List<Composition> samples) {
        SmactValidity valid = new SmactValidity();
        return samples.stream().filter(c -> c != null && valid.test(c)).count() / (double) samples.size();
    }
}
