package org.matforge.models.lib.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.commons.testdata.SharedData;

class CompositionCodecTest {
    private static final List<Composition> EXPT_GAP = SharedData.rows("expt_gap").stream()
            .map(SharedData.Row::composition).toList();

    @Test
    void everyEncodableMatbenchFormulaRoundTrips() {
        CompositionCodec codec = CompositionCodec.fitted(EXPT_GAP, 8, 6);
        float[] row = new float[codec.width()];
        int encodable = 0;
        for (Composition c : EXPT_GAP) {
            if (!codec.canEncode(c)) {
                continue;
            }
            encodable++;
            java.util.Arrays.fill(row, 0f);
            codec.encode(c, row, 0);
            assertEquals(c.reduced(), codec.decode(row, 0), c.formula());
        }
        // expt_gap also holds fractional (doped, alloy) formulas; the integer-count representation must still cover most
        assertTrue(encodable > 0.65 * EXPT_GAP.size(), encodable + " of " + EXPT_GAP.size() + " encodable");
    }

    @Test
    void rejectsWhatItCannotRepresent() {
        CompositionCodec codec = CompositionCodec.fitted(List.of(Composition.parse("Fe2O3"), Composition.parse("NaCl")), 8, 2);
        assertFalse(codec.canEncode(Composition.parse("Fe0.5O0.7")), "non-integer after reduction");
        assertFalse(codec.canEncode(Composition.parse("Fe9O")), "count above maxCount");
        assertFalse(codec.canEncode(Composition.parse("NaFeO2")), "more elements than maxElements");
        assertFalse(codec.canEncode(Composition.parse("KCl")), "element outside the vocabulary");
        assertTrue(codec.canEncode(Composition.parse("Fe4O6")), "reduces to Fe2O3");
        assertThrows(IllegalArgumentException.class, () -> codec.encode(Composition.parse("KCl"), new float[codec.width()], 0));
    }

    @Test
    void decodingKeepsTheMostLikelyElementsReducesAndDropsEmptyRows() {
        CompositionCodec codec = CompositionCodec.fitted(List.of(Composition.parse("Fe2O3"), Composition.parse("NaCl")), 8, 2);
        int k = codec.classes();
        float[] p = new float[codec.width()];
        for (int e = 0; e < 4; e++) {
            p[e * k] = 1f; // all absent
        }
        assertNull(codec.decode(p, 0), "no element present decodes to no composition");
        // vocabulary by atomic number: O, Na, Cl, Fe; Fe 4 (p 0.9), O 6 (p 0.8), Na 1 (p 0.6) → Na is dropped (maxElements 2)
        set(p, k, 3, 4, 0.9f);
        set(p, k, 0, 6, 0.8f);
        set(p, k, 1, 1, 0.6f);
        assertEquals(Composition.parse("Fe2O3"), codec.decode(p, 0));
    }

    @Test
    void codecSurvivesItsStoredForm() throws IOException {
        CompositionCodec codec = CompositionCodec.fitted(EXPT_GAP, 7, 5);
        CompositionCodec back = CodecSpec.of(codec).codec();
        assertEquals(codec.vocabulary(), back.vocabulary());
        assertEquals(codec.width(), back.width());
        assertThrows(IOException.class, () -> new CodecSpec(List.of("Fe", "Xx"), 8, 6).codec());
    }

    private static void set(float[] p, int k, int element, int count, float present) {
        p[element * k] = 1 - present;
        p[element * k + count] = present;
    }
}
