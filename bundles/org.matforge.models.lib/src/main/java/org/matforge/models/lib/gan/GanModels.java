package org.matforge.models.lib.gan;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.models.lib.codec.EncodedCompositions;
import org.matforge.models.lib.codec.TrainingLog;
import org.matforge.models.lib.generator.SampledGenerator;
import org.matforge.models.lib.generator.SmactValidity;
import org.matforge.models.lib.generator.TrainingData;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/** The GAN trainer and loader without OSGi: what the {@code gan} services do. With a property, a conditional GAN. */
public final class GanModels {
    /** Trainer id, and the {@code trainer} of its model files. */
    public static final String TRAINER = "gan";

    private GanModels() {
    }

    /**
     * Trains with the per-epoch probe measuring SMACT validity ({@link SmactValidity}) with the {@code probeOxidationStates} set, as
     * every caller wants.
     *
     * @param property when given, a conditional GAN on that property
     * @throws IllegalArgumentException for wrong parameters, property values or too little data
     */
    public static SampledGenerator train(List<Composition> compositions, Optional<PropertyValues> property, String id,
            Parameters parameters, TaskContext context) {
        return train(compositions, property, id, parameters,
                new SmactValidity(GanSettings.DEFAULTS.with(parameters).probeOxidationStates()), context);
    }

    /**
     * @param property      when given, a conditional GAN on that property
     * @param probeValidity when not null, the per-epoch probe also measures the valid share and keeps the epoch with the
     *                      best valid × novel × (1 − element-frequency distance)
     * @throws IllegalArgumentException for wrong parameters, property values or too little data
     */
    public static SampledGenerator train(List<Composition> compositions, Optional<PropertyValues> property, String id,
            Parameters parameters, Predicate<Composition> probeValidity, TaskContext context) {
        GanSettings s = GanSettings.DEFAULTS.with(parameters);
        EncodedCompositions data = TrainingData.encode(TRAINER, compositions, property, s.maxCount(), s.maxElements(), s.batch(), context);
        TrainingLog log = new TrainingLog();
        String target = property.map(PropertyValues::name).orElse(null);
        GanSampler sampler = new GanTraining(s, GanObjectives.of(s), probeValidity).train(data, target, log, context);
        TrainingData.measure(sampler, data, s.seed(), log);
        return new SampledGenerator(TrainingData.metadata(TRAINER, id, target == null ? "" : target, data, s.seed(), log), sampler);
    }

    /** @return the GAN in {@code archive}; IOException when it is not a GAN file or its entries are unreadable */
    public static SampledGenerator read(ModelFile archive) throws IOException {
        ModelMetadata m = archive.metadata();
        if (!TRAINER.equals(m.trainer()) || !ModelMetadata.GENERATOR.equals(m.kind())) {
            throw new IOException("model file '" + m.id() + "' was made by trainer '" + m.trainer() + "' (" + m.kind()
                    + "), not by the GAN trainer: load it with the '" + m.trainer() + "' loader");
        }
        GanSampler sampler = GanSampler.read(archive);
        if (sampler.conditional() && !sampler.property().name().equals(m.target())) {
            throw new IOException("model file '" + m.id() + "' is inconsistent: conditioned on '" + sampler.property().name()
                    + "' but its metadata names target '" + m.target() + "'");
        }
        return new SampledGenerator(m, sampler);
    }
}
