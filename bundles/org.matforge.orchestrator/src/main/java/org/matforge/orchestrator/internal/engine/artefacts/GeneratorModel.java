package org.matforge.orchestrator.internal.engine.artefacts;

import java.util.Optional;

import org.matforge.orchestrator.internal.workflow.ArtefactType;
import org.matforge.spi.generator.GenerativeModel;
import org.matforge.spi.model.ModelMetadata;

/**
 * A generator artefact, trained in the run or installed.
 *
 * @param name        the step that made it
 * @param generator   the model
 * @param conditional whether it samples for a property condition
 * @param metadata    what the model says about itself, when it is a trained model
 */
public record GeneratorModel(String name, GenerativeModel generator, boolean conditional, Optional<ModelMetadata> metadata) implements Artefact {
    @Override
    public ArtefactType type() {
        return ArtefactType.GENERATOR;
    }

    @Override
    public String describe() {
        return (conditional ? "conditional " : "") + "generator" + metadata.map(m -> " trained by " + m.trainer()).orElse("");
    }

}
