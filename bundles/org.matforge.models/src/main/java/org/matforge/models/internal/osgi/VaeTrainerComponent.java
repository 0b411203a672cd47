package org.matforge.models.internal.osgi;

import org.matforge.commons.adapter.DelegatingGeneratorTrainer;
import org.matforge.models.lib.vae.VaeModels;
import org.matforge.models.lib.vae.VaeTrainer;
import org.matforge.spi.backend.ComputeBackend;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.TrainerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Trainer service {@code vae}: a thin adapter over {@link VaeTrainer}. */
@Component(service = GeneratorTrainer.class)
@TrainerInfo(id = VaeModels.TRAINER, name = "Composition (conditional) VAE", description = "Variational autoencoder over an element × atom-count representation; sampling from the prior, interpolation, and with property values a conditional VAE that samples for a target value or range.")
public final class VaeTrainerComponent extends DelegatingGeneratorTrainer {
    /** @param backend the initialised ND4J backend; referenced so that no network is built before ND4J is ready */
    @Activate
    public VaeTrainerComponent(@Reference ComputeBackend backend) {
        super(new VaeTrainer());
    }
}
