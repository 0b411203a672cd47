package org.matforge.models.internal.osgi;

import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.models.internal.gan.GanModels;
import org.matforge.models.internal.gan.GanSettings;
import org.matforge.spi.backend.ComputeBackend;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.TrainerInfo;
import org.matforge.spi.task.TaskContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Trainer service {@code gan}: a thin adapter over {@link GanModels#train}. */
@Component(service = GeneratorTrainer.class)
@TrainerInfo(id = GanModels.TRAINER, name = "Composition GAN", description = "Generative adversarial network over an element × atom-count one-hot representation (MatGAN-style), PacGAN-packed discriminator, straight-through Gumbel-softmax generator; parameters discriminators 1|2 (D2GAN), loss standard.")
public final class GanTrainerComponent implements GeneratorTrainer {
    /** @param backend the initialised ND4J backend; referenced so that no network is built before ND4J is ready */
    @Activate
    public GanTrainerComponent(@Reference ComputeBackend backend) {
    }

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
