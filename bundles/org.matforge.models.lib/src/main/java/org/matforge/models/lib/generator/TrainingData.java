package org.matforge.models.lib.generator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.models.lib.codec.CompositionCodec;
import org.matforge.models.lib.codec.EncodedCompositions;
import org.matforge.models.lib.codec.SampleQuality;
import org.matforge.models.lib.codec.TrainingLog;
import org.matforge.models.lib.codec.CompositionSampler;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/** The steps every generator trainer shares: encoding the input, final sample metrics, and the model's metadata. */
public final class TrainingData {
    /** Draws measured after training for the metrics. */
    public static final int METRIC_DRAWS = 1000;

    private TrainingData() {
    }

    /**
     * Fits the codec to the input, encodes it and reports what was dropped.
     *
     * @param minimum the smallest number of usable compositions training needs
     * @throws IllegalArgumentException when the property does not match the compositions or too few are usable
     */
    public static EncodedCompositions encode(String trainer, List<Composition> compositions, Optional<PropertyValues> property,
            int maxCount, int maxElements, int minimum, TaskContext context) {
        double[] values = property.map(PropertyValues::values).orElse(null);
        if (values != null && values.length != compositions.size()) {
            throw new IllegalArgumentException(trainer + ": " + compositions.size() + " compositions but " + values.length
                    + " values of " + property.get().name());
        }
        if (values != null) {
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException(trainer + ": " + property.get().name() + " of composition " + (i + 1)
                            + " (" + compositions.get(i) + ") is " + values[i] + "; conditional training needs finite values");
                }
            }
        }
        CompositionCodec codec = CompositionCodec.fitted(compositions, maxCount, maxElements);
        EncodedCompositions data = EncodedCompositions.of(compositions, values, codec);
        context.log(String.format("%s: %d distinct compositions over %d elements (%d of %d rows not encodable: non-integer, "
                + "a count above %d or more than %d elements; %d duplicates merged)", trainer, data.size(),
                codec.vocabulary().size(), data.dropped(), compositions.size(), maxCount, maxElements,
                compositions.size() - data.dropped() - data.size()));
        if (data.size() < minimum) {
            throw new IllegalArgumentException(trainer + ": needs at least " + minimum + " encodable distinct compositions, got "
                    + data.size() + " of " + compositions.size());
        }
        return data;
    }

    /** Records the quality of {@link #METRIC_DRAWS} draws (empty, unique, novel shares) as final metrics. */
    public static void measure(CompositionSampler sampler, EncodedCompositions data, long seed, TrainingLog log) {
        SampleQuality q = SampleQuality.measure(sampler.draw(METRIC_DRAWS, seed, Optional.empty()), data.compositions(), null);
        log.metric("sample_empty", q.empty());
        log.metric("sample_unique", q.unique());
        log.metric("sample_novel", q.novel());
        log.metric("training_compositions", data.size());
        log.metric("elements", data.codec().vocabulary().size());
    }

    /** @return the metadata of a generator trained on {@code data} */
    public static ModelMetadata metadata(String trainer, String id, String target, EncodedCompositions data, long seed,
            TrainingLog log) {
        return new ModelMetadata(ModelMetadata.GENERATOR, trainer, id, target, "", List.of(), Map.of(),
                Fingerprint.of(data.compositions(), data.property()), seed, log.metrics(), log.curves(),
                ModelFile.FORMAT_VERSION);
    }
}
