package org.matforge.models.lib.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Element;

/**
 * A {@link CompositionCodec} as it is stored in a model file's settings.
 *
 * @param elements    the vocabulary, element symbols in encoding order
 * @param maxCount    largest atom count per element
 * @param maxElements largest number of elements per decoded composition
 */
public record CodecSpec(List<String> elements, int maxCount, int maxElements) {

    /** @return the spec of {@code codec} */
    public static CodecSpec of(CompositionCodec codec) {
        return new CodecSpec(codec.vocabulary().stream().map(Element::symbol).toList(), codec.maxCount(), codec.maxElements());
    }

    /** @throws IOException naming the problem when the stored spec is incomplete or names unknown elements */
    public CompositionCodec codec() throws IOException {
        if (elements == null || elements.isEmpty() || maxCount < 1 || maxElements < 1) {
            throw new IOException("model settings: the composition codec is incomplete (elements, maxCount, maxElements)");
        }
        List<Element> vocabulary = new ArrayList<>();
        for (String symbol : elements) {
            vocabulary.add(Element.ofSymbol(symbol)
                    .orElseThrow(() -> new IOException("model settings: unknown element '" + symbol + "' in the codec")));
        }
        return new CompositionCodec(vocabulary, maxCount, maxElements);
    }
}
