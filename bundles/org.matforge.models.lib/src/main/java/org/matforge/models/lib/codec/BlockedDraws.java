package org.matforge.models.lib.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.matforge.api.chem.Composition;
import org.matforge.commons.random.SeedStreams;

/**
 * Large draws in blocks of {@value #BLOCK} rows, each block with a random stream of its own, drawn in parallel on the
 * common fork-join pool and joined in block order. Block 0's stream is {@code new SplittableRandom(seed)}, so a draw
 * of at most {@value #BLOCK} rows is the sequential draw of earlier versions; block {@code b > 0} is seeded with
 * {@link SeedStreams#mix}(seed, b). Which compositions come out depends on the seed and the count only — never on the
 * number of threads.
 */
public final class BlockedDraws {
    /** Rows per independent random stream. */
    public static final int BLOCK = 16_384;

    private BlockedDraws() {
    }

    /** One block's draw: {@code rows} decoded draws from {@code random}. */
    @FunctionalInterface
    public interface Block {
        /** @return {@code rows} decoded draws */
        List<Composition> draw(int rows, SplittableRandom random);
    }

    /** @return {@code count} draws, block by block in order */
    public static List<Composition> draw(int count, long seed, Block block) {
        int blocks = (count + BLOCK - 1) / BLOCK;
        List<List<Composition>> parts = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            parts.add(null);
        }
        IntStream.range(0, blocks).parallel().forEach(b ->
                parts.set(b, block.draw(Math.min(BLOCK, count - b * BLOCK), new SplittableRandom(seedOf(seed, b)))));
        List<Composition> out = new ArrayList<>(count);
        parts.forEach(out::addAll);
        return out;
    }

    /** @return block {@code b}'s seed: the seed itself for block 0, else SplitMix64 of the seed and {@code b} */
    public static long seedOf(long seed, int b) {
        return b == 0 ? seed : SeedStreams.mix(seed, b);
    }
}
