package org.matforge.models.lib.codec;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.spi.generator.PropertyCondition;

/** A trained generator's networks and sampling, before empty draws are dropped. */
public interface CompositionSampler {
    /**
     * @return {@code count} decoded draws, {@code null} where a draw decoded to no composition; the same seed and
     *         condition give the same list
     * @throws UnsupportedOperationException when a condition is given to an unconditional sampler, or one on
     *                                       another property
     */
    List<Composition> draw(int count, long seed, Optional<PropertyCondition> condition);

    /** @return the representation */
    CompositionCodec codec();

    /** @return whether {@link #draw} accepts a condition */
    boolean conditional();

    /** @return the model-file entries (networks, settings) from which the matching reader restores this sampler */
    Map<String, byte[]> entries() throws IOException;
}
