package org.matforge.models.lib.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

/**
 * The composition representation of the generators: for each element of a fixed vocabulary a categorical
 * distribution over the atom count 0..maxCount per formula unit (MatGAN's element × count one-hot matrix, with
 * the vocabulary taken from the training data instead of a fixed 85 elements).
 * <p>
 * Decoding is "presence, then count": an element is present when P(count = 0) &lt; 0.5, its count is the most
 * likely non-zero count — unlike plain argmax this never drops an element that is more likely present than
 * absent. At most {@code maxElements} elements are kept (the most likely present), and the result is reduced by
 * the greatest common divisor, so every decoded composition has integer stoichiometry with at most
 * maxElements × maxCount atoms per formula unit. A row with no element present decodes to {@code null}
 * ("empty sample", counted by the metrics rather than hidden).
 */
public final class CompositionCodec {
    private final Element[] vocabulary;
    private final int[] indexByZ;
    private final int maxCount;
    private final int maxElements;

    /**
     * @param vocabulary  the elements, in the order of the encoding
     * @param maxCount    largest atom count per element per formula unit
     * @param maxElements largest number of distinct elements in a decoded composition
     */
    public CompositionCodec(List<Element> vocabulary, int maxCount, int maxElements) {
        if (vocabulary.isEmpty() || maxCount < 1 || maxElements < 1) {
            throw new IllegalArgumentException("codec needs elements, maxCount ≥ 1 and maxElements ≥ 1");
        }
        this.vocabulary = vocabulary.toArray(Element[]::new);
        this.maxCount = maxCount;
        this.maxElements = maxElements;
        this.indexByZ = new int[Element.values().length + 1];
        Arrays.fill(indexByZ, -1);
        for (int i = 0; i < this.vocabulary.length; i++) {
            indexByZ[this.vocabulary[i].atomicNumber()] = i;
        }
    }

    /** @return a codec whose vocabulary is every element present in {@code compositions}, by atomic number */
    public static CompositionCodec fitted(List<Composition> compositions, int maxCount, int maxElements) {
        BitSet seen = new BitSet();
        for (Composition c : compositions) {
            for (int i = 0; i < c.size(); i++) {
                seen.set(c.element(i).atomicNumber());
            }
        }
        List<Element> elements = new ArrayList<>();
        seen.stream().forEach(z -> elements.add(Element.ofNumber(z)));
        return new CompositionCodec(elements, maxCount, maxElements);
    }

    /** @return whether the reduced composition can be encoded (integer, known elements, counts ≤ maxCount) */
    public boolean canEncode(Composition composition) {
        return whyNotEncodable(composition) == null;
    }

    /**
     * @return why the reduced composition cannot be encoded (fractional amounts, elements outside the vocabulary, too
     *         many elements, a count above maxCount), or {@code null} when it can
     */
    public String whyNotEncodable(Composition composition) {
        Composition c = composition.reduced();
        if (!c.isIntegral()) {
            return "its amounts are not whole numbers";
        }
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (indexByZ[c.element(i).atomicNumber()] < 0) {
                unknown.add(c.element(i).symbol());
            }
        }
        if (!unknown.isEmpty()) {
            return "element" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown) + " outside the model's vocabulary of "
                    + vocabulary.length + " elements";
        }
        if (c.size() > maxElements) {
            return "it has " + c.size() + " elements, the model at most " + maxElements;
        }
        for (int i = 0; i < c.size(); i++) {
            if (Math.round(c.amount(i)) > maxCount) {
                return c.element(i).symbol() + " occurs " + Math.round(c.amount(i)) + " times, the model at most " + maxCount;
            }
        }
        return null;
    }

    /** Writes the one-hot encoding of the reduced composition into {@code target[offset ..]}; see {@link #canEncode}. */
    public void encode(Composition composition, float[] target, int offset) {
        Composition c = composition.reduced();
        int k = maxCount + 1;
        for (int e = 0; e < vocabulary.length; e++) {
            target[offset + e * k] = 1f;
        }
        for (int i = 0; i < c.size(); i++) {
            int e = indexByZ[c.element(i).atomicNumber()];
            int count = (int) Math.round(c.amount(i));
            if (e < 0 || count > maxCount) {
                throw new IllegalArgumentException(composition + " cannot be encoded (element or count outside the codec)");
            }
            target[offset + e * k] = 0f;
            target[offset + e * k + count] = 1f;
        }
    }

    /**
     * @param probabilities per element, the count distribution (width × rows, row-major), e.g. softmax outputs
     * @param row           the row to decode
     * @return the reduced composition, or {@code null} when no element is present
     */
    public Composition decode(float[] probabilities, int row) {
        int k = maxCount + 1;
        int base = row * width();
        double[] presence = new double[vocabulary.length];
        int[] count = new int[vocabulary.length];
        int present = 0;
        for (int e = 0; e < vocabulary.length; e++) {
            int o = base + e * k;
            presence[e] = 1 - probabilities[o];
            if (presence[e] > 0.5) {
                int best = 1;
                for (int n = 2; n <= maxCount; n++) {
                    if (probabilities[o + n] > probabilities[o + best]) {
                        best = n;
                    }
                }
                count[e] = best;
                present++;
            }
        }
        if (present == 0) {
            return null;
        }
        while (present > maxElements) {
            int weakest = -1;
            for (int e = 0; e < vocabulary.length; e++) {
                if (count[e] > 0 && (weakest < 0 || presence[e] < presence[weakest])) {
                    weakest = e;
                }
            }
            count[weakest] = 0;
            present--;
        }
        double[] amounts = new double[Element.values().length];
        for (int e = 0; e < vocabulary.length; e++) {
            if (count[e] > 0) {
                amounts[vocabulary[e].ordinal()] = count[e];
            }
        }
        return Composition.ofAmounts(amounts).reduced();
    }

    /**
     * Decodes a row of count distributions to its most likely composition with the expected number of elements:
     * k = Σ P(element present), rounded and bounded by 1..maxElements; the k elements most likely present, each
     * with its most likely non-zero count. Never empty — for decoders whose per-element outputs are uncertain, where
     * thresholding each element at 0.5 would often keep none.
     *
     * @param probabilities per element, the count distribution (width × rows, row-major)
     * @param row           the row to decode
     * @return the reduced composition
     */
    public Composition decodeExpected(float[] probabilities, int row) {
        int k = maxCount + 1;
        int base = row * width();
        Integer[] order = new Integer[vocabulary.length];
        double[] presence = new double[vocabulary.length];
        double expected = 0;
        for (int e = 0; e < vocabulary.length; e++) {
            presence[e] = 1 - probabilities[base + e * k];
            expected += presence[e];
            order[e] = e;
        }
        int keep = (int) Math.max(1, Math.min(maxElements, Math.round(expected)));
        Arrays.sort(order, (a, b) -> Double.compare(presence[b], presence[a]));
        double[] amounts = new double[Element.values().length];
        for (int i = 0; i < keep; i++) {
            int o = base + order[i] * k;
            int best = 1;
            for (int n = 2; n <= maxCount; n++) {
                if (probabilities[o + n] > probabilities[o + best]) {
                    best = n;
                }
            }
            amounts[vocabulary[order[i]].ordinal()] = best;
        }
        return Composition.ofAmounts(amounts).reduced();
    }

    /** @return the encoding width, elements × (maxCount + 1) */
    public int width() {
        return vocabulary.length * (maxCount + 1);
    }

    /** @return the number of count classes per element, maxCount + 1 */
    public int classes() {
        return maxCount + 1;
    }

    /** @return the vocabulary */
    public List<Element> vocabulary() {
        return List.of(vocabulary);
    }

    /** @return the largest count per element */
    public int maxCount() {
        return maxCount;
    }

    /** @return the largest number of elements per decoded composition */
    public int maxElements() {
        return maxElements;
    }
}
