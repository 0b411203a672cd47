package org.matforge.models.lib.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.commons.testdata.SharedData;
import org.matforge.models.lib.codec.Coverage;
import org.matforge.models.lib.codec.EncodedCompositions;
import org.matforge.models.lib.codec.SampleQuality;
import org.matforge.models.lib.codec.TrainingLog;
import org.matforge.models.lib.generator.SmactValidity;
import org.matforge.models.lib.generator.TrainingData;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.task.TaskContext;

/** The conditional GAN's per-epoch probe draws for {@code probeCondition}, on expt_gap's band gaps. */
class GanProbeConditionTest {
    private static final Map<String, Object> SMALL = Map.of("epochs", 3, "seed", 11, "maxElements", 4);

    @Test
    void theProbeDrawsForTheRangeAndTheKeptEpochIsScoredOnThoseDraws() {
        List<SharedData.Row> rows = SharedData.rows("expt_gap");
        List<Composition> compositions = rows.stream().map(SharedData.Row::composition).toList();
        PropertyValues gaps = new PropertyValues("band_gap", rows.stream().mapToDouble(SharedData.Row::target).toArray());
        GanSettings plain = GanSettings.DEFAULTS.with(Parameters.of(SMALL));
        GanSettings wide = plain.with(Parameters.of(Map.of("probeCondition", "3:4.5")));
        EncodedCompositions data = TrainingData.encode(GanModels.TRAINER, compositions, Optional.of(gaps), plain.maxCount(),
                plain.maxElements(), plain.batch(), TaskContext.unobserved());
        SmactValidity validity = new SmactValidity();
        TrainingLog plainLog = new TrainingLog();
        new GanTraining(plain, GanObjectives.of(plain), validity).train(data, "band_gap", plainLog, TaskContext.unobserved());
        TrainingLog wideLog = new TrainingLog();
        GanSampler kept = new GanTraining(wide, GanObjectives.of(wide), validity).train(data, "band_gap", wideLog, TaskContext.unobserved());

        // the same seed trains the same generators; only the probe differs
        assertEquals(plainLog.curves().get("generator_loss"), wideLog.curves().get("generator_loss"));
        assertNotEquals(plainLog.curves().get("element_frequency_distance"), wideLog.curves().get("element_frequency_distance"));
        assertNotEquals(plainLog.curves().get("valid"), wideLog.curves().get("valid"));

        int best = wideLog.metrics().get("best_epoch").intValue();
        Optional<PropertyCondition> condition = Optional.of(new PropertyCondition("band_gap", 3, 4.5));
        List<Composition> conditioned = kept.draw(500, wide.seed() + best, condition);
        List<Composition> unconditioned = kept.draw(500, wide.seed() + best, Optional.empty());
        assertNotEquals(conditioned, unconditioned);
        SampleQuality q = SampleQuality.measure(conditioned, new HashSet<>(data.compositions()), validity);
        List<Composition> wideGapData = GanTraining.probeReference(data, wide.probeCondition());
        assertTrue(wideGapData.size() > 100 && wideGapData.size() < data.size() / 2, wideGapData.size() + " of " + data.size());
        assertEquals(q.valid(), wideLog.curves().get("valid").get(best - 1), 1e-12, "kept epoch's valid share is that of its conditioned draws");
        assertEquals(Coverage.elementFrequencyDistance(conditioned, wideGapData),
                wideLog.curves().get("element_frequency_distance").get(best - 1), 1e-12, "measured against the training compositions in range");
    }

    @Test
    void theProbeMeasuresValidityWithTheNamedOxidationStates() {
        List<SharedData.Row> rows = SharedData.rows("expt_gap");
        List<Composition> compositions = rows.stream().map(SharedData.Row::composition).toList();
        Optional<PropertyValues> gaps = Optional.of(new PropertyValues("band_gap", rows.stream().mapToDouble(SharedData.Row::target).toArray()));
        Map<String, Object> wide = Map.of("epochs", 2, "seed", 11, "maxElements", 4, "probeCondition", "3:4.5");
        Map<String, Object> common = new HashMap<>(wide);
        common.put("probeOxidationStates", "icsd24-common");
        List<Double> all = GanModels.train(compositions, gaps, "all", Parameters.of(wide), TaskContext.unobserved()).metadata().curves().get("valid");
        List<Double> fewer = GanModels.train(compositions, gaps, "common", Parameters.of(common), TaskContext.unobserved()).metadata().curves()
                .get("valid");
        // the same draws judged with the common subset of ICSD-2024's states: never more valid, and here fewer
        for (int e = 0; e < all.size(); e++) {
            assertTrue(fewer.get(e) <= all.get(e), "epoch " + (e + 1) + ": icsd24-common " + fewer + ", icsd24 " + all);
        }
        assertNotEquals(all, fewer);
        for (String set : GanSettings.OXIDATION_SETS) {
            new SmactValidity(set);
        }
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> GanSettings.DEFAULTS.with(Parameters.of(Map.of("probeOxidationStates", "icsd99"))));
        assertTrue(unknown.getMessage().contains("probeOxidationStates"), unknown.getMessage());
    }

    @Test
    void aMalformedOrMisplacedProbeConditionIsAClearError() {
        for (String bad : new String[] {"3", "4.5:3", "a:b", "3:4:5"}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> GanSettings.DEFAULTS.with(Parameters.of(Map.of("probeCondition", bad))));
            assertTrue(e.getMessage().contains("probeCondition") && e.getMessage().contains(bad), e.getMessage());
        }
        List<Composition> few = SharedData.rows("expt_gap").stream().map(SharedData.Row::composition).toList().subList(0, 200);
        var unconditional = assertThrows(IllegalArgumentException.class, () -> GanModels.train(few, Optional.empty(), "x",
                Parameters.of(Map.of("epochs", 1, "probeCondition", "3:4.5")), TaskContext.unobserved()));
        assertTrue(unconditional.getMessage().contains("probeCondition") && unconditional.getMessage().contains("unconditional"),
                unconditional.getMessage());
    }
}
