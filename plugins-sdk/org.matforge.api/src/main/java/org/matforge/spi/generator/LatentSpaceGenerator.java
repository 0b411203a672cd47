package org.matforge.spi.generator;

import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A {@link GenerativeModel} with an encoder into a continuous latent space (e.g. a VAE), so that it can walk from
 * one composition to another through compositions it considers plausible. Register it like any generative model
 * (also under this interface's name); callers test for this interface.
 */
@ConsumerType
public interface LatentSpaceGenerator extends GenerativeModel {
    /**
     * Decodes the most likely composition at {@code steps} evenly spaced points t = i / (steps − 1) on the straight
     * line between the latent codes of {@code from} (t = 0) and {@code to} (t = 1). Both ends are included: the
     * first and last results are the model's reconstructions of {@code from} and {@code to} (the decodings of their
     * latent codes), which for simple, common compositions usually are {@code from} and {@code to} themselves but
     * need not be. Deterministic: the same arguments give the same list.
     *
     * @param from      start, integer stoichiometry within the model's vocabulary
     * @param to        end, integer stoichiometry within the model's vocabulary
     * @param steps     number of points, ≥ 2
     * @param condition for a conditional model, the property value at which the whole walk is held: the middle
     *                  of [min, max] (the value when min == max); empty holds it at the mean of the training data
     * @param context   progress and cancellation
     * @return {@code steps} compositions, in order from {@code from} to {@code to}; never null elements
     * @throws IllegalArgumentException      naming the problem, e.g. steps &lt; 2, or an end with an element outside
     *                                       the model's vocabulary, too many elements or too large a count
     * @throws UnsupportedOperationException when a condition is given to an unconditional model, or one on a
     *                                       property the model is not conditioned on
     */
    List<Composition> interpolate(Composition from, Composition to, int steps, Optional<PropertyCondition> condition,
            TaskContext context);
}
