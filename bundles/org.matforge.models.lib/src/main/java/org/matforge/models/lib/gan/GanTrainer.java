package org.matforge.models.lib.gan;

import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.task.TaskContext;

/** The {@code gan} trainer as plain Java: {@link GanModels#train} with the parameters of {@link GanSettings#SCHEMA}. */
public final class GanTrainer implements GeneratorTrainer {
    /** With a property, a conditional GAN on it. */
    @Override
    public TrainedGenerator train(List<Composition> compositions, Optional<PropertyValues> property, String id,
            Parameters parameters, TaskContext context) {
        return GanModels.train(compositions, property, id, parameters, context);
    }

    @Override
    public ParameterSchema parameters() {
        return GanSettings.SCHEMA;
    }
}
