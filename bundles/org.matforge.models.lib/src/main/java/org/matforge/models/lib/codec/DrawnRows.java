package org.matforge.models.lib.codec;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.models.lib.nn.GroupedSoftmax;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Decodes a chunk of drawn one-hot rows. A draw in which no element came out has no formula; it falls back to the
 * most likely composition of its row's logits ({@link CompositionCodec#decodeExpected}), so a generator never returns
 * an empty draw.
 */
public final class DrawnRows {
    private DrawnRows() {
    }

    /**
     * @param codec  the representation
     * @param drawn  one-hot rows (rows × width, row-major)
     * @param logits the per-element count logits they were drawn from (rows × width)
     * @return one composition per row
     */
    public static List<Composition> decode(CompositionCodec codec, float[] drawn, INDArray logits) {
        int rows = (int) logits.rows();
        List<Composition> out = new ArrayList<>(rows);
        List<Integer> empty = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Composition c = codec.decode(drawn, r);
            if (c == null) {
                empty.add(r);
            }
            out.add(c);
        }
        if (!empty.isEmpty()) {
            // the softmax of the all-absent rows only: each element's group is normalised on its own, so the values
            // are those of the whole chunk's softmax
            int[] which = empty.stream().mapToInt(Integer::intValue).toArray();
            try (INDArray selected = logits.getRows(which).dup('c')) {
                float[] probabilities = GroupedSoftmax.forward(selected, codec.classes()).data().asFloat();
                for (int i = 0; i < which.length; i++) {
                    out.set(which[i], codec.decodeExpected(probabilities, i));
                }
            }
        }
        return out;
    }
}
