package org.matforge.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.commons.random.SeedStreams;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.file.ModelFileException;
import org.matforge.spi.task.TaskContext;

/**
 * Drawing {@code count} compositions from a generator in fixed-size chunks, each with a seed of its own derived
 * from the job's seed and the chunk's index — so which compositions come out depends on the seed, the count and the
 * chunk size, never on how many partitions or executors draw them. Draw {@code j} of chunk {@code k} is row
 * {@code k·chunk + j + 1}; draws that decode to no composition are dropped, as in the workflow's sample step.
 *
 * @param name      the generator's name, the rows' origin
 * @param generator the model file's bytes
 * @param count     how many draws
 * @param chunk     draws per chunk
 * @param seed      the job's seed
 * @param condition what a conditional generator draws for, or null to draw without a condition
 */
public record GenerateJob(String name, byte[] generator, long count, int chunk, long seed, DrawCondition condition) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the numbers. */
    public GenerateJob {
        if (count < 0) {
            throw new IllegalArgumentException("--count must be ≥ 0, got " + count);
        }
        if (chunk < 1) {
            throw new IllegalArgumentException("--chunk must be ≥ 1, got " + chunk);
        }
    }

    /** A job drawing without a condition. */
    public GenerateJob(String name, byte[] generator, long count, int chunk, long seed) {
        this(name, generator, count, chunk, seed, null);
    }

    /** @return the number of chunks */
    public long chunks() {
        return (count + chunk - 1) / chunk;
    }

    /** @return chunk {@code k}'s seed: SplitMix64 of the job's seed and {@code k}, so neighbouring chunks are unrelated */
    public long seedOf(long k) {
        return SeedStreams.mix(seed, k + 1);
    }

    /**
     * @return the generator from the file
     * @throws ModelFileException naming the file and what is wrong
     * @throws IllegalArgumentException when there is a condition and the generator was trained without one
     */
    public TrainedGenerator load() throws ModelFileException {
        TrainedGenerator g = Models.load(name, generator, TrainedGenerator.class);
        if (condition != null && !g.conditional()) {
            throw new IllegalArgumentException("--condition " + condition.target() + ": generator " + name + " was trained without a condition");
        }
        return g;
    }

    /** @return chunk {@code k}'s compositions as rows to screen */
    public List<InputRow> draw(TrainedGenerator model, long k) {
        int n = (int) Math.min(chunk, count - k * chunk);
        List<InputRow> rows = new ArrayList<>(n);
        List<Composition> drawn = model.sample(n, seedOf(k), Optional.ofNullable(condition).map(DrawCondition::property), TaskContext.unobserved());
        for (int j = 0; j < drawn.size(); j++) {
            rows.add(new InputRow(k * chunk + j + 1, drawn.get(j).formula(), name));
        }
        return rows;
    }
}
