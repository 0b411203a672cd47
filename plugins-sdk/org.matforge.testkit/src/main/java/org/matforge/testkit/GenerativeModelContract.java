package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.spi.generator.GenerativeModel;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.task.TaskContext;

/**
 * The checks the platform relies on for every {@link GenerativeModel}. A plug-in author extends this class in a test
 * and returns the generator under test from {@link #generator()} (e.g. a small model trained in the test); for a
 * conditional generator also a condition it accepts from {@link #condition()}.
 */
public abstract class GenerativeModelContract {
    /** Samples drawn per check. */
    protected static final int COUNT = 60;
    private static final long SEED = 17;
    private static final long OTHER_SEED = 4242;

    /** @return the generator under test */
    protected abstract GenerativeModel generator();

    /**
     * @return a condition the generator accepts, for a conditional generator; empty (the default) for an unconditional
     *         one, which must then refuse any condition with {@link UnsupportedOperationException}
     */
    protected Optional<PropertyCondition> condition() {
        return Optional.empty();
    }

    /**
     * @return the smallest share of {@code count} a call must return; the SPI allows fewer samples than asked when
     *         draws decode to no composition, but a generator that returns almost none is not usable. 0.5 by default.
     */
    protected double minimumYield() {
        return 0.5;
    }

    @Test
    void samplesAreWellFormedCompositions() {
        List<Composition> samples = sample(COUNT, SEED);
        for (int i = 0; i < samples.size(); i++) {
            Composition c = samples.get(i);
            assertNotNull(c, "sample " + i + " is null; the list never holds nulls (GenerativeModel#sample)");
            assertTrue(c.size() > 0, "sample " + i + " has no element");
            assertTrue(c.isIntegral(), "sample " + i + " (" + c + ") is not an integer stoichiometry");
            for (int e = 0; e < c.size(); e++) {
                double amount = c.amount(e);
                assertTrue(amount > 0 && Double.isFinite(amount), "sample " + i + " (" + c + "): amount " + amount);
            }
        }
    }

    @Test
    void sameSeedGivesTheSameSamples() {
        assertEquals(sample(COUNT, SEED), sample(COUNT, SEED), "two calls with the same seed and condition differ");
    }

    /** A generator that ignores the seed gives every workflow the same candidates. */
    @Test
    void otherSeedGivesOtherSamples() {
        assertNotEquals(sample(COUNT, SEED), sample(COUNT, OTHER_SEED),
                "seeds " + SEED + " and " + OTHER_SEED + " gave the same " + COUNT + " samples: is the seed used?");
    }

    @Test
    void countIsHonoured() {
        assertEquals(List.of(), sample(0, SEED), "a count of 0 must give no samples");
        for (int count : new int[] {1, 7, COUNT}) {
            int got = sample(count, SEED).size();
            assertTrue(got <= count, "asked for " + count + " samples, got " + got);
            assertTrue(got >= Math.floor(count * minimumYield()),
                    "asked for " + count + " samples, got only " + got + " (minimumYield " + minimumYield() + ")");
        }
    }

    @Test
    void conditionIsRefusedByAnUnconditionalGenerator() {
        assumeFalse(condition().isPresent(), "a conditional generator");
        Optional<PropertyCondition> any = Optional.of(new PropertyCondition("band_gap", 3, 4));
        assertThrows(UnsupportedOperationException.class,
                () -> generator().sample(COUNT, SEED, any, TaskContext.unobserved()),
                "an unconditional generator refuses a condition with UnsupportedOperationException (GenerativeModel#sample)");
    }

    /** Checked when the generator is a {@link TrainedGenerator} (a saved model): its metadata describes it. */
    @Test
    void metadataIsWellFormed() {
        assumeTrue(generator() instanceof TrainedGenerator, "not a TrainedGenerator: no metadata");
        TrainedGenerator trained = (TrainedGenerator) generator();
        ModelMetadata metadata = trained.metadata();
        assertNotNull(metadata, "metadata() returned null");
        assertEquals(ModelMetadata.GENERATOR, metadata.kind(), "a generator's metadata kind");
        assertTrue(metadata.trainer() != null && !metadata.trainer().isBlank(), "the metadata names no trainer");
        assertTrue(metadata.id() != null && !metadata.id().isBlank(), "the metadata has no id");
        assertEquals(condition().isPresent(), trained.conditional(),
                "conditional() disagrees with the contract's condition(): override condition() for a conditional generator");
        condition().ifPresent(c -> assertEquals(c.target(), metadata.target(),
                "a conditional generator's metadata target is the property it is conditioned on"));
    }

    private List<Composition> sample(int count, long seed) {
        List<Composition> samples = generator().sample(count, seed, condition(), TaskContext.unobserved());
        assertNotNull(samples, "sample returned null");
        return samples;
    }
}
