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
        float[] probabilities = null; // only for the rare all-absent draw
        for (int r = 0; r < rows; r++) {
            Composition c = codec.decode(drawn, r);
            if (c == null) {
                if (probabilities == null) {
                    probabilities = GroupedSoftmax.forward(logits, codec.classes()).data().asFloat();
                }
                c = codec.decodeExpected(probabilities, r);
            }
            out.add(c);
        }
        return out;
    }
}
