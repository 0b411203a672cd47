package org.matforge.models.lib.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.api.data.Parameters;
import org.matforge.commons.testdata.SharedData;
import org.matforge.models.lib.generator.SmactValidity;
import org.matforge.models.lib.codec.Coverage;
import org.matforge.models.lib.codec.CompositionCodec;
import org.matforge.models.lib.codec.SampleQuality;
import org.matforge.models.lib.codec.SamplingSettings;
import org.matforge.models.lib.generator.SampledGenerator;
import org.matforge.commons.nn.Mlp;
import org.matforge.models.lib.vae.VaeModels;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;

/** A small GAN trained once on expt_gap's compositions (seconds), then checked from every side. */
class GanModelsTest {
    static final Map<String, Object> SMALL = Map.of("epochs", 8, "seed", 11);
    static List<Composition> data;
    static SampledGenerator gan;

    @BeforeAll
    static void train() {
        data = SharedData.rows("expt_gap").stream().map(SharedData.Row::composition).toList();
        gan = GanModels.train(data, Optional.empty(), "gan-test", Parameters.of(SMALL), TaskContext.unobserved());
    }

    @Test
    void trainedSamplesAreMeasurablyCloserToTheDataThanUntrainedOnes() {
        CompositionCodec codec = gan.sampler().codec();
        List<Composition> before = untrained(codec).draw(2000, 3, Optional.empty());
        List<Composition> after = gan.sampler().draw(2000, 3, Optional.empty());
        // SMACT validity cannot tell them apart (random all-metal mixtures pass as alloys): compare the distributions
        double dBefore = Coverage.elementFrequencyDistance(before, data);
        double dAfter = Coverage.elementFrequencyDistance(after, data);
        double aBefore = Coverage.atomsPerFormulaDistance(before, data);
        double aAfter = Coverage.atomsPerFormulaDistance(after, data);
        System.out.printf("GAN vs untrained: element-frequency distance %.3f → %.3f, atoms-per-formula W1 %.2f → %.2f, SMACT-valid %.3f → %.3f%n",
                dBefore, dAfter, aBefore, aAfter, validShare(before), validShare(after));
        assertTrue(dAfter < 0.8 * dBefore, "element-frequency distance " + dBefore + " → " + dAfter);
        assertTrue(aAfter < 0.8 * aBefore, "atoms-per-formula distance " + aBefore + " → " + aAfter);
    }

    @Test
    void wganGpWithTwoCriticsTrainsThroughTheSameLoop() {
        SampledGenerator wgan = GanModels.train(data.subList(0, 1600), Optional.empty(), "wgan-test",
                Parameters.of(Map.of("epochs", 4, "seed", 11, "loss", "wgan-gp", "discriminators", 2)), TaskContext.unobserved());
        List<Composition> before = untrained(wgan.sampler().codec()).draw(2000, 3, Optional.empty());
        List<Composition> after = wgan.sampler().draw(2000, 3, Optional.empty());
        double dBefore = Coverage.elementFrequencyDistance(before, data);
        double dAfter = Coverage.elementFrequencyDistance(after, data);
        double aBefore = Coverage.atomsPerFormulaDistance(before, data);
        double aAfter = Coverage.atomsPerFormulaDistance(after, data);
        System.out.printf("WGAN-GP, 2 critics, 4 epochs vs untrained: element-frequency distance %.3f → %.3f, atoms-per-formula W1 %.2f → %.2f%n",
                dBefore, dAfter, aBefore, aAfter);
        assertTrue(dAfter < 0.8 * dBefore, "element-frequency distance " + dBefore + " → " + dAfter);
        assertTrue(aAfter < 0.8 * aBefore, "atoms-per-formula distance " + aBefore + " → " + aAfter);
        assertEquals(4, wgan.metadata().curves().get("discriminator_loss").size());
    }

    @Test
    void theDesignsTwoDiscriminatorGanTrainsThroughTheSameLoop() {
        SampledGenerator two = GanModels.train(data.subList(0, 1600), Optional.empty(), "two-test",
                Parameters.of(Map.of("epochs", 4, "seed", 11, "discriminators", 2)), TaskContext.unobserved());
        List<Composition> before = untrained(two.sampler().codec()).draw(2000, 3, Optional.empty());
        List<Composition> after = two.sampler().draw(2000, 3, Optional.empty());
        double dBefore = Coverage.elementFrequencyDistance(before, data);
        double dAfter = Coverage.elementFrequencyDistance(after, data);
        double aBefore = Coverage.atomsPerFormulaDistance(before, data);
        double aAfter = Coverage.atomsPerFormulaDistance(after, data);
        System.out.printf("GAN, 2 discriminators (encoding + chemistry view), 4 epochs vs untrained: element-frequency distance %.3f → %.3f, "
                + "atoms-per-formula W1 %.2f → %.2f%n", dBefore, dAfter, aBefore, aAfter);
        // SMACT validity cannot tell them apart (random all-metal mixtures pass as alloys): compare the distributions
        assertTrue(dAfter < 0.8 * dBefore, "element-frequency distance " + dBefore + " → " + dAfter);
        assertTrue(aAfter < 0.8 * aBefore, "atoms-per-formula distance " + aBefore + " → " + aAfter);
        assertEquals(4, two.metadata().curves().get("valid").size());
    }

    @Test
    void conditionalSamplesShiftWithTheCondition() throws IOException {
        double[] gaps = SharedData.rows("expt_gap").stream().mapToDouble(SharedData.Row::target).toArray();
        SampledGenerator cgan = GanModels.train(data, Optional.of(new PropertyValues("band_gap", gaps)), "cgan-test", Parameters.of(SMALL),
                TaskContext.unobserved());
        assertTrue(cgan.conditional());
        assertEquals("band_gap", cgan.metadata().target());
        List<Composition> metals = cgan.sample(2000, 1, Optional.of(new PropertyCondition("band_gap", 0, 0)), TaskContext.unobserved());
        List<Composition> insulators = cgan.sample(2000, 1, Optional.of(new PropertyCondition("band_gap", 3, 6)), TaskContext.unobserved());
        double anionMetals = anionShare(metals);
        double anionInsulators = anionShare(insulators);
        System.out.printf("conditional GAN: share with an anion, gap 0 → %.3f, gap 3–6 → %.3f%n", anionMetals, anionInsulators);
        // in expt_gap, wide-gap compounds are nearly all oxides/halides/chalcogenides/pnictides; zero-gap ones far less often
        assertTrue(anionInsulators > anionMetals + 0.2, "share with an anion: gap 0 → " + anionMetals + ", gap 3–6 → " + anionInsulators);
        var other = assertThrows(UnsupportedOperationException.class,
                () -> cgan.sample(10, 1, Optional.of(new PropertyCondition("e_form", 0, 1)), TaskContext.unobserved()));
        assertTrue(other.getMessage().contains("band_gap"), other.getMessage());
        Optional<PropertyCondition> wide = Optional.of(new PropertyCondition("band_gap", 3, 4));
        SampledGenerator loaded = GanModels.read(ModelFile.read(new ByteArrayInputStream(save(cgan))));
        assertEquals(cgan.sample(300, 2, wide, TaskContext.unobserved()), loaded.sample(300, 2, wide, TaskContext.unobserved()));
    }

    static double anionShare(List<Composition> samples) {
        Set<Element> anions = EnumSet.of(Element.O, Element.F, Element.Cl, Element.Br, Element.I, Element.S, Element.Se, Element.Te,
                Element.N, Element.P, Element.As);
        return samples.stream().filter(c -> anions.stream().anyMatch(c::contains)).count() / (double) samples.size();
    }

    @Test
    void samplesAreFormulasWithBoundedIntegerStoichiometry() {
        List<Composition> samples = gan.sample(1000, 5, Optional.empty(), TaskContext.unobserved());
        assertTrue(samples.size() > 900, samples.size() + " non-empty of 1000");
        for (Composition c : samples) {
            assertTrue(c.isIntegral() && c.size() <= 6 && c.totalAtoms() <= 6 * 8, c.formula());
            assertEquals(c, Composition.parse(c.formula()), "formula string parses back");
        }
    }

    @Test
    void sameSeedSameSamplesOtherSeedOtherSamples() {
        List<Composition> a = gan.sample(300, 42, Optional.empty(), TaskContext.unobserved());
        assertEquals(a, gan.sample(300, 42, Optional.empty(), TaskContext.unobserved()));
        assertNotEquals(a, gan.sample(300, 43, Optional.empty(), TaskContext.unobserved()));
    }

    @Test
    void trainingIsReproducibleFromItsSeed() {
        Map<String, Object> tiny = Map.of("epochs", 1, "batch", 32, "generatorLayers", "32", "discriminatorLayers", "32", "seed", 5);
        List<Composition> few = data.subList(0, 400);
        SampledGenerator a = GanModels.train(few, Optional.empty(), "a", Parameters.of(tiny), TaskContext.unobserved());
        SampledGenerator b = GanModels.train(few, Optional.empty(), "b", Parameters.of(tiny), TaskContext.unobserved());
        assertEquals(a.sample(200, 1, Optional.empty(), TaskContext.unobserved()), b.sample(200, 1, Optional.empty(), TaskContext.unobserved()));
    }

    @Test
    void aValidityAwareProbeKeepsTheEpochWithTheBestValidNovelAndCloseShare() {
        SampledGenerator probed = GanModels.train(data.subList(0, 1600), Optional.empty(), "probed", Parameters.of(Map.of("epochs", 4,
                "seed", 5)), new SmactValidity(), TaskContext.unobserved());
        var curves = probed.metadata().curves();
        assertEquals(4, curves.get("valid").size());
        int best = 0;
        for (int e = 1; e < 4; e++) {
            if (score(curves, e) > score(curves, best)) {
                best = e;
            }
        }
        assertEquals(best + 1, probed.metadata().metrics().get("best_epoch").intValue(), curves.toString());
        assertEquals(8, gan.metadata().curves().get("valid").size(), "the trainer's own path (workflows) probes SMACT validity too");
    }

    private static double score(Map<String, List<Double>> curves, int epoch) {
        return curves.get("valid").get(epoch) * curves.get("novel").get(epoch) * (1 - curves.get("element_frequency_distance").get(epoch));
    }

    @Test
    void metadataCarriesCurvesMetricsAndProvenance() {
        var m = gan.metadata();
        assertEquals("generator", m.kind());
        assertEquals(GanModels.TRAINER, m.trainer());
        assertEquals("gan-test", m.id());
        assertEquals(11, m.seed());
        assertEquals(64, m.fingerprint().length());
        for (String curve : List.of("discriminator_loss", "generator_loss", "empty", "unique", "novel", "element_frequency_distance")) {
            assertEquals(8, m.curves().get(curve).size(), curve);
        }
        assertTrue(m.metrics().get("sample_unique") > 0.5, m.metrics().toString());
        assertTrue(m.metrics().get("step_ms") > 0);
    }

    @Test
    void savedAndLoadedModelSamplesIdentically() throws IOException {
        byte[] file = save(gan);
        SampledGenerator loaded = GanModels.read(ModelFile.read(new ByteArrayInputStream(file)));
        assertEquals(gan.metadata(), loaded.metadata());
        assertEquals(gan.sample(500, 9, Optional.empty(), TaskContext.unobserved()),
                loaded.sample(500, 9, Optional.empty(), TaskContext.unobserved()));
    }

    @Test
    void warmerPresenceDrawsAreMoreDiverseAndTheSettingTravelsInTheModelFile() throws IOException {
        GanSampler s = (GanSampler) gan.sampler();
        Set<Composition> known = new HashSet<>(data);
        SampleQuality cold = SampleQuality.measure(s.with(new SamplingSettings(1, 0.7, 1)).draw(2000, 5, Optional.empty()), known, null);
        SampleQuality warm = SampleQuality.measure(s.with(new SamplingSettings(1, 1.4, 1)).draw(2000, 5, Optional.empty()), known, null);
        assertTrue(warm.unique() > cold.unique() + 0.05 && warm.novel() > cold.novel() + 0.05, cold + " vs " + warm);

        SamplingSettings shipped = new SamplingSettings(0.9, 1.1, 0.8);
        byte[] file = save(new SampledGenerator(gan.metadata(), s.with(shipped)));
        GanSampler loaded = (GanSampler) GanModels.read(ModelFile.read(new ByteArrayInputStream(file))).sampler();
        assertEquals(shipped, loaded.sampling());
        assertEquals(s.with(shipped).draw(300, 4, Optional.empty()), loaded.draw(300, 4, Optional.empty()));
        assertEquals(GanSettings.DEFAULTS.sampling(), ((GanSampler) GanModels.read(ModelFile.read(new ByteArrayInputStream(save(gan))))
                .sampler()).sampling(), "a trained model carries the trainer's sampling");
        assertThrows(IllegalArgumentException.class, () -> GanSettings.DEFAULTS.with(Parameters.of(Map.of("presenceTemperature", -1))));
    }

    @Test
    void corruptOrForeignFilesAreRejectedWithAClearMessage() throws IOException {
        byte[] file = save(gan);
        IOException truncated = assertThrows(IOException.class,
                () -> GanModels.read(ModelFile.read(new ByteArrayInputStream(Arrays.copyOf(file, file.length / 2)))));
        assertTrue(truncated.getMessage().contains("truncated") || truncated.getMessage().contains("corrupt"), truncated.getMessage());
        byte[] flipped = file.clone();
        flipped[file.length / 2] ^= 0x5a;
        assertThrows(IOException.class, () -> GanModels.read(ModelFile.read(new ByteArrayInputStream(flipped))));
        IOException notAModel = assertThrows(IOException.class,
                () -> GanModels.read(ModelFile.read(new ByteArrayInputStream("formula,target\nNaCl,1\n".getBytes()))));
        assertTrue(notAModel.getMessage().contains("not a MatForge model file"), notAModel.getMessage());
        // a well-formed file of another trainer
        var other = new org.matforge.spi.model.ModelMetadata("generator", VaeModels.TRAINER, "x", "", "", List.of(), Map.of(), "", 1,
                Map.of(), Map.of(), ModelFile.FORMAT_VERSION);
        byte[] vae = ModelFile.of(other, gan.sampler().entries()).toBytes();
        IOException foreign = assertThrows(IOException.class, () -> GanModels.read(ModelFile.read(new ByteArrayInputStream(vae))));
        assertTrue(foreign.getMessage().contains("'vae'"), foreign.getMessage());
        // a GAN file whose network entry is not a network
        Map<String, byte[]> broken = new java.util.LinkedHashMap<>(gan.sampler().entries());
        broken.put(GanSampler.GENERATOR, "not a network".getBytes());
        byte[] bad = ModelFile.of(gan.metadata(), broken).toBytes();
        IOException network = assertThrows(IOException.class, () -> GanModels.read(ModelFile.read(new ByteArrayInputStream(bad))));
        assertTrue(network.getMessage().contains(GanSampler.GENERATOR), network.getMessage());
    }

    @Test
    void wrongParametersAndConditionsAreClearErrors() {
        List<Composition> few = data.subList(0, 200);
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> GanModels.train(few, Optional.empty(), "x", Parameters.of(Map.of("epoch", 3)), TaskContext.unobserved()));
        assertTrue(unknown.getMessage().contains("epoch"), unknown.getMessage());
        var loss = assertThrows(IllegalArgumentException.class,
                () -> GanModels.train(few, Optional.empty(), "x", Parameters.of(Map.of("loss", "hinge")), TaskContext.unobserved()));
        assertTrue(loss.getMessage().contains("standard"), loss.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GanModels.train(few, Optional.empty(), "x", Parameters.of(Map.of("discriminators", 3)), TaskContext.unobserved()));
        SampledGenerator nCritic = GanModels.train(data.subList(0, 640), Optional.empty(), "n-critic", Parameters.of(Map.of("epochs", 2,
                "criticSteps", 3, "beta2", 0.9, "loss", "wgan-gp")), TaskContext.unobserved());
        int criticStepsPerEpoch = nCritic.metadata().metrics().get("training_compositions").intValue() / 64;
        assertTrue(criticStepsPerEpoch >= 6, "at least two generator steps an epoch: " + criticStepsPerEpoch);
        assertEquals(2 * (criticStepsPerEpoch / 3), nCritic.metadata().metrics().get("generator_steps").intValue(),
                "one generator step per three critic steps (batch 64)");
        var critic = assertThrows(IllegalArgumentException.class,
                () -> GanModels.train(few, Optional.empty(), "x", Parameters.of(Map.of("criticSteps", 0)), TaskContext.unobserved()));
        assertTrue(critic.getMessage().contains("criticSteps"), critic.getMessage());
        var d2gan = assertThrows(IllegalArgumentException.class,
                () -> GanModels.train(few, Optional.empty(), "x", Parameters.of(Map.of("loss", "d2gan")), TaskContext.unobserved()));
        assertTrue(d2gan.getMessage().contains("discriminators 2"), d2gan.getMessage());
        assertThrows(UnsupportedOperationException.class,
                () -> gan.sample(10, 1, Optional.of(new PropertyCondition("band_gap", 1, 2)), TaskContext.unobserved()));
        assertFalse(gan.conditional());
    }

    static GanSampler untrained(CompositionCodec codec) {
        return new GanSampler(Mlp.create(11, 128, GanSettings.DEFAULTS.generatorLayers(), codec.width(), Activation.LEAKYRELU,
                new Adam(1e-3), 0), codec, 128, null, SamplingSettings.AS_TRAINED);
    }

    static double validShare(List<Composition> samples) {
        SmactValidity valid = new SmactValidity();
        return samples.stream().filter(c -> c != null && valid.test(c)).count() / (double) samples.size();
    }

    static byte[] save(SampledGenerator g) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        g.save(out);
        return out.toByteArray();
    }
}
