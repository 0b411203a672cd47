package org.matforge.models.lib.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.models.lib.codec.CompositionSampler;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/**
 * A trained GAN or VAE as a {@link TrainedGenerator}: samples through its {@link CompositionSampler}, dropping
 * draws that decode to no composition, and saves as a model file (metadata + the sampler's entries). The VAE's
 * subclass adds interpolation.
 */
public class SampledGenerator implements TrainedGenerator {
    private static final int CHUNK = 2000;
    private final ModelMetadata metadata;
    private final CompositionSampler sampler;

    /**
     * @param metadata what the model says about itself
     * @param sampler  its networks and decoding
     */
    public SampledGenerator(ModelMetadata metadata, CompositionSampler sampler) {
        this.metadata = metadata;
        this.sampler = sampler;
    }

    @Override
    public List<Composition> sample(int count, long seed, Optional<PropertyCondition> condition, TaskContext context) {
        if (count < 0) {
            throw new IllegalArgumentException("sample count must be ≥ 0, got " + count);
        }
        List<Composition> all = new ArrayList<>(count);
        // one draw for all rows keeps the random stream, and so the samples, independent of chunking
        List<Composition> drawn = sampler.draw(count, seed, condition);
        for (int i = 0; i < drawn.size(); i += CHUNK) {
            context.checkCancelled();
            context.progress((double) i / Math.max(1, count), "decoded " + i + " of " + count);
            drawn.subList(i, Math.min(drawn.size(), i + CHUNK)).stream().filter(Objects::nonNull).forEach(all::add);
        }
        return all;
    }

    @Override
    public boolean conditional() {
        return sampler.conditional();
    }

    @Override
    public ModelMetadata metadata() {
        return metadata;
    }

    @Override
    public void save(OutputStream out) throws IOException {
        ModelFile.of(metadata, sampler.entries()).write(out);
    }

    /** @return the sampler (networks, codec), e.g. for interpolation or metrics on empty draws */
    public CompositionSampler sampler() {
        return sampler;
    }
}
