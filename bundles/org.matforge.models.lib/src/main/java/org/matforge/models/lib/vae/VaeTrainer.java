package org.matforge.models.lib.vae;

import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.task.TaskContext;

/** The {@code vae} trainer as plain Java: {@link VaeModels#train} with the parameters of {@link VaeSettings#SCHEMA}. */
public final class VaeTrainer implements GeneratorTrainer {
    @Override
    public ParameterSchema parameters() {
        return VaeSettings.SCHEMA;
    }

    /** With a property, a conditional VAE that samples for a target value or range. */
    @Override
    public TrainedGenerator train(List<Composition> compositions, Optional<PropertyValues> property, String id,
            Parameters parameters, TaskContext context) {
        return VaeModels.train(compositions, property, id, parameters, context);
    }
}
