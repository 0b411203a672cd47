package org.matforge.spi.generator;

import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A trained model that proposes new compositions. Register an implementation as a service annotated with
 * {@link GeneratorInfo}. Sampling is reproducible: the same seed and condition give the same compositions.
 */
@ConsumerType
public interface GenerativeModel {
    /**
     * @param count     how many compositions to draw (some generators may return fewer after dropping
     *                  samples that decode to no composition; the list never holds nulls)
     * @param seed      random seed
     * @param condition a property condition, for conditional generators
     * @param context   progress and cancellation
     * @return the sampled compositions, integer stoichiometry
     * @throws UnsupportedOperationException when a condition is given to an unconditional generator
     */
    List<Composition> sample(int count, long seed, Optional<PropertyCondition> condition, TaskContext context);
}
