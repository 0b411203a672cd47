package org.matforge.api.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and hostile strings: the parser either returns a composition with positive finite amounts or throws a
 * {@link FormulaException} with a position inside the text and a one-line reason — nothing else, and never hangs
 * (the timeouts are hang guards, not speed checks). Random well-formed formulas must parse to the amounts they were
 * built from.
 */
class FormulaFuzzTest {
    private static final String ALPHABET = "HeFeOCNaClSiZrUuXxq()[]{}0123456789..·•*-+ \t\n\r\u0000\u001f\u00a0é∙⋅₂😀";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomStringsParseOrFailCleanly() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200_000; trial++) {
            int length = random.nextInt(trial % 100 == 0 ? 1200 : 24);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            check(sb.toString());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hostileInputs() {
        String nested = "(".repeat(15) + "Fe999999" + ")999999".repeat(15);
        String[] hostile = {
            "Fe".repeat(5000), "(".repeat(10_000), ")".repeat(10_000), "(".repeat(15) + "H" + ")".repeat(15),
            "(".repeat(17) + "H" + ")".repeat(17), "[(".repeat(300) + "Fe", "9".repeat(1000), "H" + "9".repeat(900),
            "H" + "1".repeat(24), "H0." + "0".repeat(500) + "1", "H.".repeat(400), "H·".repeat(400) + "O",
            ".".repeat(999), "\u0000".repeat(999), "😀".repeat(400), "\uD800", "Fe\uDFFF", "\t\n\r",
            nested,
            "CuSO4·5H2O·", "5H2O", "0H2O", "CuSO4..5H2O", "Fe2O3 · · H2O", "Fe2O3.H2O", "Fe2O3.0.5H2O", "Fe1e5", "Fe1E5",
            "Fe2.5.5", "Fe 2 . 5", "Fe\u00a02O3",
        };
        for (String s : hostile) {
            check(s);
        }
        assertEquals(999999.0 * Math.pow(999999, 15), Composition.parse(nested).amountOf(Element.Fe), 1e84);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomWellFormedFormulasGiveTheAmountsTheyWereBuiltFrom() {
        Random random = new Random(2026);
        for (int trial = 0; trial < 50_000; trial++) {
            double[] expected = new double[Element.values().length];
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                if (p > 0) {
                    sb.append(random.nextBoolean() ? "·" : "*");
                }
                int coefficient = random.nextInt(3) == 0 ? 2 + random.nextInt(9) : 1;
                if (coefficient > 1) {
                    sb.append(coefficient);
                }
                group(random, sb, expected, coefficient, 0);
            }
            String formula = sb.toString();
            Composition c;
            try {
                c = Composition.parse(formula);
            } catch (FormulaException e) {
                fail(formula + ": " + e.getMessage());
                return;
            }
            for (Element e : Element.values()) {
                assertEquals(expected[e.ordinal()], c.amountOf(e), 1e-9 * Math.max(1, expected[e.ordinal()]), formula + " " + e);
            }
            if (c.isIntegral()) {
                assertEquals(c, Composition.parse(c.formula()), formula);
            }
        }
    }

    /** Appends 1–3 items (element or bracketed group) with optional multipliers, adding amounts × factor. */
    private static void group(Random random, StringBuilder sb, double[] expected, double factor, int depth) {
        int items = 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            int amount = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(12);
            boolean decimal = random.nextInt(6) == 0;
            double value = decimal ? amount + 0.25 : amount;
            if (depth < 3 && random.nextInt(4) == 0) {
                char open = "([{".charAt(random.nextInt(3));
                sb.append(open);
                group(random, sb, expected, factor * value, depth + 1);
                sb.append(open == '(' ? ')' : open == '[' ? ']' : '}');
            } else {
                Element e = Element.ofNumber(1 + random.nextInt(103));
                sb.append(e.symbol());
                expected[e.ordinal()] += factor * value;
            }
            if (decimal) {
                sb.append(amount).append(".25");
            } else if (amount > 1 || random.nextBoolean() && amount == 1) {
                sb.append(amount);
            }
        }
    }

    private static void check(String text) {
        try {
            Composition c = Composition.parse(text);
            assertTrue(c.size() > 0, text);
            for (int i = 0; i < c.size(); i++) {
                assertTrue(c.amount(i) > 0 && Double.isFinite(c.amount(i)), text);
            }
        } catch (FormulaException e) {
            assertTrue(e.position() >= -1 && e.position() <= text.length(), e.getMessage());
            assertFalse(e.reason().isBlank(), text);
            assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), "one line: " + e.getMessage());
        }
    }
}
