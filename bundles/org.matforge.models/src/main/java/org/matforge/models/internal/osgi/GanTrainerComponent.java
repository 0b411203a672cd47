package org.matforge.models.internal.osgi;

import org.matforge.commons.adapter.DelegatingGeneratorTrainer;
import org.matforge.models.lib.gan.GanModels;
import org.matforge.models.lib.gan.GanTrainer;
import org.matforge.spi.backend.ComputeBackend;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.TrainerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Trainer service {@code gan}: a thin adapter over {@link GanTrainer}. */
@Component(service = GeneratorTrainer.class)
@TrainerInfo(id = GanModels.TRAINER, name = "Composition GAN", description = "Generative adversarial network over an element × atom-count one-hot representation "
        + "(MatGAN-style), PacGAN-packed discriminator, straight-through Gumbel-softmax generator; "
        + "conditional when given a property; parameters discriminators 1|2 (the second judging a chemistry view), loss standard|wgan-gp|d2gan.")
public final class GanTrainerComponent extends DelegatingGeneratorTrainer {
    /** @param backend the initialised ND4J backend; referenced so that no network is built before ND4J is ready */
    @Activate
    public GanTrainerComponent(@Reference ComputeBackend backend) {
        super(new GanTrainer());
    }
}
