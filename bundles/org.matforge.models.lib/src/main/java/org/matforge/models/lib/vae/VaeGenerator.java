package org.matforge.models.lib.vae;

import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.models.lib.generator.SampledGenerator;
import org.matforge.spi.generator.LatentSpaceGenerator;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.task.TaskContext;

/** A trained or loaded (conditional) VAE: samples like any {@link SampledGenerator} and interpolates in its latent space. */
public final class VaeGenerator extends SampledGenerator implements LatentSpaceGenerator {
    /**
     * @param metadata what the model says about itself
     * @param sampler  its networks and decoding
     */
    public VaeGenerator(ModelMetadata metadata, VaeSampler sampler) {
        super(metadata, sampler);
    }

    @Override
    public List<Composition> interpolate(Composition from, Composition to, int steps, Optional<PropertyCondition> condition,
            TaskContext context) {
        context.checkCancelled();
        List<Composition> path = sampler().interpolate(from, to, steps, condition);
        context.progress(1, "decoded " + steps + " points");
        return path;
    }

    @Override
    public VaeSampler sampler() {
        return (VaeSampler) super.sampler();
    }
}
