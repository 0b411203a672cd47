package org.matforge.models.lib.vae;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.models.lib.codec.EncodedCompositions;
import org.matforge.models.lib.codec.TrainingLog;
import org.matforge.models.lib.generator.TrainingData;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/** The VAE trainer and loader without OSGi: what the {@code vae} services do. With a property, a conditional VAE. */
public final class VaeModels {
    /** Trainer id, and the {@code trainer} of its model files. */
    public static final String TRAINER = "vae";

    private VaeModels() {
    }

    /** @throws IllegalArgumentException for wrong parameters, property values or too little data */
    public static VaeGenerator train(List<Composition> compositions, Optional<PropertyValues> property, String id,
            Parameters parameters, TaskContext context) {
        VaeSettings s = VaeSettings.DEFAULTS.with(parameters);
        EncodedCompositions data = TrainingData.encode(TRAINER, compositions, property, s.maxCount(), s.maxElements(), 2, context);
        TrainingLog log = new TrainingLog();
        String target = property.map(PropertyValues::name).orElse(null);
        VaeSampler sampler = new VaeTraining(s).train(data, target, log, context);
        TrainingData.measure(sampler, data, s.seed(), log);
        return new VaeGenerator(TrainingData.metadata(TRAINER, id, target, data, s.seed(), log), sampler);
    }

    /** @return the VAE in {@code archive}; IOException when it is not a VAE file or its entries are unreadable */
    public static VaeGenerator read(ModelFile archive) throws IOException {
        ModelMetadata m = archive.metadata();
        if (!TRAINER.equals(m.trainer()) || !ModelMetadata.GENERATOR.equals(m.kind())) {
            throw new IOException("model file '" + m.id() + "' was made by trainer '" + m.trainer() + "' (" + m.kind()
                    + "), not by the VAE trainer: load it with the '" + m.trainer() + "' loader");
        }
        VaeSampler sampler = VaeSampler.read(archive);
        if (sampler.conditional() && !sampler.property().name().equals(m.target())) {
            throw new IOException("model file '" + m.id() + "' is inconsistent: conditioned on '" + sampler.property().name()
                    + "' but its metadata names target '" + m.target() + "'");
        }
        return new VaeGenerator(m, sampler);
    }
}
