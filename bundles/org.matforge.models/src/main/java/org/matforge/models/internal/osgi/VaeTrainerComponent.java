package org.matforge.models.internal.osgi;

import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.models.internal.vae.VaeModels;
import org.matforge.models.internal.vae.VaeSettings;
import org.matforge.spi.backend.ComputeBackend;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.TrainerInfo;
import org.matforge.spi.task.TaskContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Trainer service {@code vae}: a thin adapter over {@link VaeModels#train}. */
@Component(service = GeneratorTrainer.class)
@TrainerInfo(id = VaeModels.TRAINER, name = "Composition (conditional) VAE", description = "Variational autoencoder over an element × atom-count representation; sampling from the prior, interpolation, and with property values a conditional VAE that samples for a target value or range.")
public final class VaeTrainerComponent implements GeneratorTrainer {
    /** @param backend the initialised ND4J backend; referenced so that no network is built before ND4J is ready */
    @Activate
    public VaeTrainerComponent(@Reference ComputeBackend backend) {
    }

    @Override
    public TrainedGenerator train(List<Composition> compositions, Optional<PropertyValues> property, String id,
            Parameters parameters, TaskContext context) {
        return VaeModels.train(compositions, property, id, parameters, context);
    }

    @Override
    public ParameterSchema parameters() {
        return VaeSettings.SCHEMA;
    }
}
