package org.matforge.spi.model;

import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Trains generative models from compositions (e.g. {@code "gan"}, {@code "vae"}). Register an implementation as
 * a service annotated with {@link TrainerInfo}.
 */
@ConsumerType
public interface GeneratorTrainer {
    /**
     * @param compositions the training compositions (integer stoichiometry is expected; others are dropped and
     *                     reported through the context)
     * @param property     a property value per composition and its name, for conditional models; empty otherwise
     * @param id           the id the trained model will be registered under
     * @param parameters   trainer options (e.g. {@code epochs}, {@code seed}); unknown keys are errors
     * @param context      progress and cancellation
     * @return the trained generator
     * @throws UnsupportedOperationException when a property is given to a trainer of unconditional models
     */
    TrainedGenerator train(List<Composition> compositions, Optional<PropertyValues> property, String id,
            Parameters parameters, TaskContext context);

    /**
     * @return the parameters this plug-in reads, with their types, defaults and ranges, so that a workflow or command
     *         is checked before anything runs; {@link ParameterSchema#UNDECLARED} (the default) when it checks them itself
     */
    default ParameterSchema parameters() {
        return ParameterSchema.UNDECLARED;
    }
}
