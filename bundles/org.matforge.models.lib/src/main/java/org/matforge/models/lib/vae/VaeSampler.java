package org.matforge.models.lib.vae;

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
import org.matforge.models.lib.nn.GroupedSoftmax;
import org.matforge.commons.nn.Mlp;
import org.matforge.models.lib.nn.NetworkBytes;
import org.matforge.models.lib.nn.NetworkCopies;
import org.matforge.commons.nn.Randoms;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.file.ModelFile;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Samples a trained (conditional) VAE: z from the standard-normal prior, optionally widened (plus, for a CVAE, the
 * standardised target drawn uniformly in the condition's range) → decoder → one count per element drawn from its
 * categorical (tempered by {@link SamplingSettings}; untempered this is x ~ p(x|z)); a draw in which no element came out
 * present falls back to the most likely composition ({@link CompositionCodec#decodeExpected}), so draws are never
 * empty. Also encodes and interpolates
 * (interpolation decodes the most likely composition at each point, a CVAE's condition held at one value).
 *
 * @param encoder  x (+ c) → [μ, log σ²]
 * @param decoder  z (+ c) → count logits
 * @param codec    the representation
 * @param latent   latent width
 * @param property the conditioning property's scale, or null for an unconditional VAE
 * @param sampling latent scale, presence and count temperatures of {@link #draw}
 */
public record VaeSampler(Mlp encoder, Mlp decoder, CompositionCodec codec, int latent, PropertyScale property,
        SamplingSettings sampling) implements CompositionSampler {
    /** Model-file entry of the encoder network. */
    static final String ENCODER = "encoder.dl4j";
    /** Model-file entry of the decoder network. */
    static final String DECODER = "decoder.dl4j";
    /** Model-file entry of the settings (JSON). */
    static final String SETTINGS = "vae.json";
    private static final Gson GSON = new Gson();
    private static final int CHUNK = 1000;

    @Override
    public List<Composition> draw(int count, long seed, Optional<PropertyCondition> condition) {
        check(condition, "sample");
        NetworkCopies networks = new NetworkCopies(decoder, count > BlockedDraws.BLOCK);
        return BlockedDraws.draw(count, seed, (rows, random) -> networks.apply(d -> drawBlock(d, rows, random, condition)));
    }

    private List<Composition> drawBlock(Mlp network, int count, SplittableRandom random, Optional<PropertyCondition> condition) {
        List<Composition> out = new ArrayList<>(count);
        for (int done = 0; done < count; done += CHUNK) {
            int n = Math.min(CHUNK, count - done);
            INDArray z = Randoms.gaussian(random, n, latent).muli(sampling.latentScale());
            if (property != null) {
                float[] c = new float[n];
                for (int i = 0; i < n; i++) {
                    c[i] = (float) property.draw(condition, random);
                }
                z = Nd4j.hstack(z, Nd4j.create(c, new long[] {n, 1}, 'c'));
            }
            float[] logits;
            try (INDArray output = network.output(z)) {
                logits = Mlp.values(output);
            }
            z.close();
            float[] drawn = TemperedDraw.sample(logits, codec.classes(), sampling.presenceTemperature(), sampling.countTemperature(), random);
            out.addAll(DrawnRows.decode(codec, drawn, logits));
        }
        return out;
    }

    private void check(Optional<PropertyCondition> condition, String what) {
        PropertyScale.check(property, condition, "VAE", what);
    }

    /** @return the posterior means of the compositions (rows × latent); {@code values} only for a CVAE */
    public INDArray encode(List<Composition> compositions, double[] values) {
        int w = codec.width();
        float[] x = new float[compositions.size() * w];
        for (int i = 0; i < compositions.size(); i++) {
            codec.encode(compositions.get(i), x, i * w);
        }
        INDArray in = Nd4j.create(x, new long[] {compositions.size(), w}, 'c');
        if (property != null) {
            float[] c = new float[compositions.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = (float) property.apply(values[i]);
            }
            in = Nd4j.hstack(in, Nd4j.create(c, new long[] {c.length, 1}, 'c'));
        }
        INDArray out;
        synchronized (encoder) {
            out = encoder.output(in);
        }
        return out.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, latent)).dup();
    }

    /**
     * @param from      start
     * @param to        end
     * @param steps     number of points, ≥ 2
     * @param condition for a CVAE, the property value held along the walk (the middle of [min, max]); empty: the
     *                  training mean. Both ends are encoded and every point decoded at that value.
     * @return {@code steps} compositions decoded (most likely counts) at t = i / (steps − 1) on the straight line
     *         between the posterior means of {@code from} and {@code to}, both ends included
     * @throws IllegalArgumentException      for steps &lt; 2 or an end the codec cannot encode, naming why
     * @throws UnsupportedOperationException for a condition on an unconditional VAE or on another property
     */
    public List<Composition> interpolate(Composition from, Composition to, int steps, Optional<PropertyCondition> condition) {
        if (steps < 2) {
            throw new IllegalArgumentException("interpolation needs at least 2 steps (both ends), got " + steps);
        }
        encodable(from, "start");
        encodable(to, "end");
        check(condition, "interpolate");
        double held = property == null ? 0
                : condition.map(c -> c.min() + (c.max() - c.min()) / 2).orElse(property.mean());
        INDArray ends = encode(List.of(from, to), property == null ? null : new double[] {held, held});
        INDArray a = ends.getRow(0);
        INDArray b = ends.getRow(1);
        float[] z = new float[steps * latent];
        for (int i = 0; i < steps; i++) {
            double t = (double) i / (steps - 1);
            float[] point = a.mul(1 - t).addi(b.mul(t)).data().asFloat();
            System.arraycopy(point, 0, z, i * latent, latent);
        }
        INDArray in = Nd4j.create(z, new long[] {steps, latent}, 'c');
        if (property != null) {
            in = Nd4j.hstack(in, Nd4j.valueArrayOf(new long[] {steps, 1}, (float) property.apply(held)));
        }
        INDArray logits;
        synchronized (decoder) {
            logits = decoder.output(in);
        }
        float[] p = GroupedSoftmax.forward(logits, codec.classes()).data().asFloat();
        List<Composition> out = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            out.add(codec.decodeExpected(p, i));
        }
        return out;
    }

    private void encodable(Composition c, String which) {
        if (c == null) {
            throw new IllegalArgumentException("interpolation " + which + " is missing");
        }
        String why = codec.whyNotEncodable(c);
        if (why != null) {
            throw new IllegalArgumentException("interpolation " + which + " " + c + " cannot be encoded by this model: " + why);
        }
    }

    /** @return this model drawing with other sampling settings (same networks) */
    public VaeSampler with(SamplingSettings other) {
        return new VaeSampler(encoder, decoder, codec, latent, property, other);
    }

    @Override
    public boolean conditional() {
        return property != null;
    }

    @Override
    public Map<String, byte[]> entries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(SETTINGS, GSON.toJson(new Stored(CodecSpec.of(codec), latent, property, sampling.stored())).getBytes(StandardCharsets.UTF_8));
        entries.put(ENCODER, NetworkBytes.write(encoder));
        entries.put(DECODER, NetworkBytes.write(decoder));
        return entries;
    }

    /**
     * @return the sampler stored in {@code archive}
     * @throws IOException naming the entry that is missing or unreadable, or networks that do not fit the settings
     */
    public static VaeSampler read(ModelFile archive) throws IOException {
        Stored stored;
        try {
            stored = GSON.fromJson(new String(archive.entry(SETTINGS), StandardCharsets.UTF_8), Stored.class);
        } catch (JsonParseException e) {
            throw new IOException("model file entry '" + SETTINGS + "' is not valid VAE settings: " + e.getMessage(), e);
        }
        if (stored == null || stored.codec() == null || stored.latent() < 1) {
            throw new IOException("model file entry '" + SETTINGS + "' lacks the codec or the latent width");
        }
        CompositionCodec codec = stored.codec().codec();
        int c = stored.property() == null ? 0 : 1;
        Mlp encoder = NetworkBytes.read(archive.entry(ENCODER), ENCODER);
        Mlp decoder = NetworkBytes.read(archive.entry(DECODER), DECODER);
        if (encoder.inputs() != codec.width() + c || encoder.outputs() != 2 * stored.latent()
                || decoder.inputs() != stored.latent() + c || decoder.outputs() != codec.width()) {
            throw new IOException("model file is inconsistent: encoder " + encoder.inputs() + " → " + encoder.outputs()
                    + " and decoder " + decoder.inputs() + " → " + decoder.outputs() + " do not fit " + codec.width()
                    + " encoded values, latent width " + stored.latent() + (c == 1 ? " and one condition" : ""));
        }
        SamplingSettings sampling;
        try {
            sampling = SamplingSettings.Stored.settings(stored.sampling());
        } catch (IllegalArgumentException e) {
            throw new IOException("model file entry '" + SETTINGS + "': " + e.getMessage(), e);
        }
        return new VaeSampler(encoder, decoder, codec, stored.latent(), stored.property(), sampling);
    }

    /** The settings entry. */
    private record Stored(CodecSpec codec, int latent, PropertyScale property, SamplingSettings.Stored sampling) {
    }
}
