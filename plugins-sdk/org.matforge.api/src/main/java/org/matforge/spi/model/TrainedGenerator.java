package org.matforge.spi.model;

import org.matforge.spi.generator.GenerativeModel;
import org.osgi.annotation.versioning.ConsumerType;

/** A generative model returned by a {@link GeneratorTrainer} or a {@link ModelLoader}, ready to sample and to save. */
@ConsumerType
public interface TrainedGenerator extends GenerativeModel, SavableModel {
    /** @return whether {@code sample} accepts a property condition (a conditional model) */
    boolean conditional();
}
