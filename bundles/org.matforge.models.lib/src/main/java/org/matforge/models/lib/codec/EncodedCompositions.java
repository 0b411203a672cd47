package org.matforge.models.lib.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matforge.api.chem.Composition;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training compositions for a generator: reduced, de-duplicated by reduced formula (keeping the first property
 * value, when there is one), filtered to what the codec can encode, and one-hot encoded.
 *
 * @param codec        the representation
 * @param compositions the kept compositions, reduced, in first-seen order
 * @param property     property per kept composition, or null
 * @param dropped      how many input rows were not encodable (non-integer, unknown element, count or element
 *                     number too large); duplicates are not counted here
 */
public record EncodedCompositions(CompositionCodec codec, List<Composition> compositions, double[] property, int dropped) {

    /**
     * @param input    the compositions
     * @param property a value per input composition, or null
     * @param codec    the codec (see {@link CompositionCodec#fitted})
     * @return the usable, de-duplicated compositions
     */
    public static EncodedCompositions of(List<Composition> input, double[] property, CompositionCodec codec) {
        Map<Composition, Double> kept = new LinkedHashMap<>();
        int dropped = 0;
        for (int i = 0; i < input.size(); i++) {
            Composition c = input.get(i).reduced();
            if (!codec.canEncode(c)) {
                dropped++;
            } else {
                kept.putIfAbsent(c, property == null ? 0.0 : property[i]);
            }
        }
        List<Composition> list = new ArrayList<>(kept.keySet());
        double[] values = property == null ? null : kept.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new EncodedCompositions(codec, List.copyOf(list), values, dropped);
    }

    /** @return the one-hot rows of {@code rows} (indices into {@link #compositions()}) */
    public INDArray batch(int[] order, int from, int to) {
        int width = codec.width();
        float[] data = new float[(to - from) * width];
        for (int r = from; r < to; r++) {
            codec.encode(compositions.get(order[r]), data, (r - from) * width);
        }
        return Nd4j.create(data, new long[] {to - from, width}, 'c');
    }

    /** @return number of compositions */
    public int size() {
        return compositions.size();
    }
}
