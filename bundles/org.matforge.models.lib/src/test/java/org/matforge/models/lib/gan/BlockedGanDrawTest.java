package org.matforge.models.lib.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.commons.testdata.SharedData;
import org.matforge.models.lib.codec.BlockedDraws;
import org.matforge.models.lib.codec.SamplingSettings;
import org.matforge.models.lib.codec.SequentialDrawReference;
import org.matforge.spi.task.TaskContext;

/**
 * The blocked, parallel GAN draw on a GAN trained briefly on 1,000 real expt_gap compositions (the full 81-element ×
 * 9-count output): up to one block it draws exactly what the sequential draw of earlier versions drew; beyond, the
 * draws do not depend on the number of threads, and a longer draw starts with the one-block draw.
 */
class BlockedGanDrawTest {
    private static GanSampler sampler;

    @BeforeAll
    static void train() {
        List<Composition> data = SharedData.table("expt_gap", 1000).formulas().stream().map(Composition::parse).toList();
        sampler = (GanSampler) GanModels.train(data, Optional.empty(), "blocked-draw", Parameters.of(Map.of("epochs", 2,
                "generatorLayers", "64", "discriminatorLayers", "64", "seed", 5)), TaskContext.unobserved()).sampler();
    }

    @Test
    void oneBlockIsTheSequentialDrawOfEarlierVersions() {
        for (SamplingSettings s : List.of(sampler.sampling(), SamplingSettings.AS_TRAINED)) {
            GanSampler g = sampler.with(s);
            List<Composition> expected = SequentialDrawReference.draw(g.generator(), g.codec(), g.noise(), s, BlockedDraws.BLOCK, 17);
            List<Composition> drawn = g.draw(BlockedDraws.BLOCK, 17, Optional.empty());
            assertEquals(BlockedDraws.BLOCK, drawn.size());
            assertTrue(expected.equals(drawn), "sampling " + s + ": the draw differs from the sequential draw");
        }
        assertTrue(!sampler.sampling().equals(SamplingSettings.AS_TRAINED), "the default sampling is tempered");
    }

    @Test
    void manyBlocksDoNotDependOnTheThreadsAndExtendShorterDraws() throws Exception {
        int count = 2 * BlockedDraws.BLOCK + 700;
        List<Composition> parallel = sampler.draw(count, 23, Optional.empty());
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            List<Composition> sequential = one.submit(() -> sampler.draw(count, 23, Optional.empty())).get();
            assertTrue(sequential.equals(parallel), "one thread drew other compositions than the common pool");
        } finally {
            one.shutdown();
        }
        assertEquals(count, parallel.size());
        // whole blocks are shared: a draw of one block is the first block of a longer draw
        assertTrue(sampler.draw(BlockedDraws.BLOCK, 23, Optional.empty()).equals(parallel.subList(0, BlockedDraws.BLOCK)),
                "the first block differs from a one-block draw");
        long distinct = parallel.stream().distinct().count();
        assertTrue(distinct > count / 20, distinct + " distinct of " + count + ": blocks are not copies of one another");
        assertTrue(!parallel.subList(0, 500).equals(parallel.subList(BlockedDraws.BLOCK, BlockedDraws.BLOCK + 500)));
    }
}
