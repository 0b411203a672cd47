package org.matforge.models.lib.codec;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.models.lib.nn.GroupedSoftmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
     * @param logits the per-element count logits they were drawn from (rows × width, row-major)
     * @return one composition per row
     */
    public static List<Composition> decode(CompositionCodec codec, float[] drawn, float[] logits) {
        int width = codec.width();
        int rows = drawn.length / width;
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
            float[] selected = new float[empty.size() * width];
            for (int i = 0; i < empty.size(); i++) {
                System.arraycopy(logits, empty.get(i) * width, selected, i * width, width);
            }
            try (INDArray rowsOfLogits = Nd4j.create(selected, new long[] {empty.size(), width}, 'c')) {
                float[] probabilities = GroupedSoftmax.forward(rowsOfLogits, codec.classes()).data().asFloat();
                for (int i = 0; i < empty.size(); i++) {
                    out.set(empty.get(i), codec.decodeExpected(probabilities, i));
                }
            }
        }
        return out;
    }
}
