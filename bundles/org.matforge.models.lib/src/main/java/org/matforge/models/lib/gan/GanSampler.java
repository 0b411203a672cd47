package org.matforge.models.lib.gan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import org.matforge.api.chem.Composition;
import org.matforge.models.lib.codec.BlockedDraws;
import org.matforge.models.lib.codec.CodecSpec;
import org.matforge.models.lib.codec.CompositionCodec;
import org.matforge.models.lib.codec.CompositionSampler;
import org.matforge.models.lib.codec.DrawnRows;
import org.matforge.models.lib.codec.PropertyScale;
import org.matforge.models.lib.codec.SamplingSettings;
import org.matforge.models.lib.codec.TemperedDraw;
import org.matforge.commons.nn.Mlp;
import org.matforge.models.lib.nn.NetworkBytes;
import org.matforge.models.lib.nn.NetworkCopies;
import org.matforge.commons.nn.Randoms;
import org.matforge.models.lib.nn.StraightThroughGumbel;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.file.ModelFile;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Draws compositions from a trained GAN generator: Gaussian noise from the seed (plus, for a conditional GAN, the
 * standardised target drawn uniformly in the condition's range) → generator → per-element count
 * logits → one count per element → decoding ({@link DrawnRows}: never empty). As trained, the count is drawn by the
 * Gumbel-max trick (as in training); other {@link SamplingSettings} scale the noise and draw presence and count at
 * their temperatures ({@link TemperedDraw}).
 *
 * @param generator the generator network (noise → logits)
 * @param codec     the representation
 * @param noise     noise width
 * @param property  the conditioning property's scale, or null for an unconditional GAN
 * @param sampling  noise scale and draw temperatures
 */
public record GanSampler(Mlp generator, CompositionCodec codec, int noise, PropertyScale property, SamplingSettings sampling)
        implements CompositionSampler {
    /** Model-file entry of the generator network. */
    static final String GENERATOR = "generator.dl4j";
    /** Model-file entry of the settings (JSON). */
    static final String SETTINGS = "gan.json";
    private static final Gson GSON = new Gson();
    private static final int CHUNK = 1000;

    @Override
    public List<Composition> draw(int count, long seed, Optional<PropertyCondition> condition) {
        PropertyScale.check(property, condition, "GAN", "sample");
        NetworkCopies networks = new NetworkCopies(generator, count > BlockedDraws.BLOCK);
        return BlockedDraws.draw(count, seed, (rows, random) -> networks.apply(g -> drawBlock(g, rows, random, condition)));
    }

    private List<Composition> drawBlock(Mlp network, int count, SplittableRandom random, Optional<PropertyCondition> condition) {
        List<Composition> out = new ArrayList<>(count);
        for (int done = 0; done < count; done += CHUNK) {
            int n = Math.min(CHUNK, count - done);
            INDArray z = Randoms.gaussian(random, n, noise).muli(sampling.latentScale());
            if (property != null) {
                float[] c = new float[n];
                for (int i = 0; i < n; i++) {
                    c[i] = (float) property.draw(condition, random);
                }
                z = Nd4j.hstack(z, ConditionFeatures.of(c).castTo(z.dataType()));
            }
            float[] logits;
            try (INDArray output = network.output(z)) {
                logits = Mlp.values(output);
            }
            z.close();
            float[] flat = sampling.equals(SamplingSettings.AS_TRAINED)
                    ? StraightThroughGumbel.hardSample(logits, codec.classes(), 1.0, random)
                    : TemperedDraw.sample(logits, codec.classes(), sampling.presenceTemperature(), sampling.countTemperature(), random);
            out.addAll(DrawnRows.decode(codec, flat, logits));
        }
        return out;
    }

    /** @return this model drawing with other sampling settings (same network) */
    public GanSampler with(SamplingSettings other) {
        return new GanSampler(generator, codec, noise, property, other);
    }

    @Override
    public boolean conditional() {
        return property != null;
    }

    @Override
    public Map<String, byte[]> entries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(SETTINGS, GSON.toJson(new Stored(CodecSpec.of(codec), noise, property, sampling.stored())).getBytes(StandardCharsets.UTF_8));
        entries.put(GENERATOR, NetworkBytes.write(generator));
        return entries;
    }

    /**
     * @return the sampler stored in {@code archive}
     * @throws IOException naming the entry that is missing or unreadable, or a network that does not fit the settings
     */
    public static GanSampler read(ModelFile archive) throws IOException {
        Stored stored;
        try {
            stored = GSON.fromJson(new String(archive.entry(SETTINGS), StandardCharsets.UTF_8), Stored.class);
        } catch (JsonParseException e) {
            throw new IOException("model file entry '" + SETTINGS + "' is not valid GAN settings: " + e.getMessage(), e);
        }
        if (stored == null || stored.codec() == null || stored.noise() < 1) {
            throw new IOException("model file entry '" + SETTINGS + "' lacks the codec or the noise width");
        }
        CompositionCodec codec = stored.codec().codec();
        Mlp generator = NetworkBytes.read(archive.entry(GENERATOR), GENERATOR);
        int c = stored.property() == null ? 0 : ConditionFeatures.WIDTH;
        if (generator.inputs() != stored.noise() + c || generator.outputs() != codec.width()) {
            throw new IOException("model file is inconsistent: the generator maps " + generator.inputs() + " → "
                    + generator.outputs() + " values, the settings say " + (stored.noise() + c) + " → " + codec.width()
                    + (c > 0 ? " (noise and the condition's " + c + " features)" : ""));
        }
        SamplingSettings sampling;
        try {
            sampling = SamplingSettings.Stored.settings(stored.sampling());
        } catch (IllegalArgumentException e) {
            throw new IOException("model file entry '" + SETTINGS + "': " + e.getMessage(), e);
        }
        return new GanSampler(generator, codec, stored.noise(), stored.property(), sampling);
    }

    /** The settings entry ({@code property} absent in unconditional GANs, and in files written before conditioning). */
    private record Stored(CodecSpec codec, int noise, PropertyScale property, SamplingSettings.Stored sampling) {
    }
}
