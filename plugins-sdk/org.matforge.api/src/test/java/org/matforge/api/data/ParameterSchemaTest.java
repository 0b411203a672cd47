package org.matforge.api.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matforge.api.data.ParameterSpec.choice;
import static org.matforge.api.data.ParameterSpec.flag;
import static org.matforge.api.data.ParameterSpec.integer;
import static org.matforge.api.data.ParameterSpec.integers;
import static org.matforge.api.data.ParameterSpec.number;
import static org.matforge.api.data.ParameterSpec.numbers;
import static org.matforge.api.data.ParameterSpec.text;
import static org.matforge.api.data.ParameterSpec.texts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ParameterSchemaTest {
    private static final ParameterSchema SCHEMA = ParameterSchema.of(
            integer("epochs", 40, 1, 100_000, "passes over the data"),
            integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, "random seed"),
            number("learningRate", 1e-3, 0, 1, "Adam learning rate").aboveMin(),
            number("validation", 0.1, 0, 0.5, "held-out share").aboveMin().belowMax(),
            number("targetMin", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "smallest target"),
            flag("calibrate", true, "calibrate σ"),
            text("formulaColumn", "formula", "the formula column"),
            choice("loss", "l1", List.of("mse", "l1", "nll"), "loss"),
            integers("layers", new int[] {256, 128}, 1, 4096, "hidden widths"),
            numbers("weights", null, 0, 1, "weights"),
            texts("objectives", "targets with directions").required());

    private static List<String> problems(Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        m.putIfAbsent("objectives", List.of("band_gap:max"));
        return SCHEMA.check(Parameters.of(m)).stream().map(ParameterProblem::toString).toList();
    }

    @Test
    void validValuesInEveryAcceptedFormPass() {
        assertEquals(List.of(), problems("epochs", 1, "seed", -7, "learningRate", 1, "validation", 0.25, "targetMin", -3.5,
                "calibrate", "yes", "formulaColumn", "composition", "loss", "NLL", "layers", "64, 32", "weights", List.of(0, 0.5, 1)));
        assertEquals(List.of(), problems("epochs", 100_000L, "layers", List.of(4096), "calibrate", false, "objectives", "band_gap:max"));
        assertEquals(List.of(), problems("epochs", "250", "layers", 16, "weights", "0.2,0.8", "epochs", new BigDecimal("2E+2")));
    }

    @Test
    void wholeNumbersOutsideTheirRangeOrNotWholeAreRefusedWithTheRangeAndTheValueAsGiven() {
        assertEquals(List.of("'epochs' must be a whole number from 1 to 100000, got 1e12"), problems("epochs", new Written("1e12")));
        assertEquals(List.of("'epochs' must be a whole number from 1 to 100000, got 0"), problems("epochs", 0));
        assertEquals(List.of("'epochs' must be a whole number from 1 to 100000, got 100001"), problems("epochs", 100_001));
        assertEquals(List.of("'epochs' must be a whole number from 1 to 100000, got -5"), problems("epochs", -5L));
        assertEquals(List.of("'epochs' must be a whole number from 1 to 100000, got 2.5"), problems("epochs", 2.5));
        assertEquals(List.of("'epochs' must be a whole number from 1 to 100000, got NaN"), problems("epochs", Double.NaN));
        assertEquals(List.of("'epochs' must be a whole number from 1 to 100000, got \"many\""), problems("epochs", "many"));
        assertEquals(List.of("'epochs' must be a whole number from 1 to 100000, got true"), problems("epochs", true));
        assertEquals(List.of("'epochs' must be a whole number from 1 to 100000, got [3]"), problems("epochs", List.of(3)));
        assertEquals(List.of("'seed' must be a whole number, got 1E+30"), problems("seed", new BigDecimal("1E+30")));
    }

    @Test
    void numbersRespectOpenAndClosedEndsAndAreFinite() {
        assertEquals(List.of("'learningRate' must be a number in (0, 1], got 0"), problems("learningRate", 0));
        assertEquals(List.of("'learningRate' must be a number in (0, 1], got 1.5"), problems("learningRate", 1.5));
        assertEquals(List.of("'learningRate' must be a number in (0, 1], got NaN"), problems("learningRate", Double.NaN));
        assertEquals(List.of("'validation' must be a number in (0, 0.5), got 0.5"), problems("validation", 0.5));
        assertEquals(List.of("'targetMin' must be a finite number, got +∞"), problems("targetMin", Double.POSITIVE_INFINITY));
        assertEquals(List.of("'targetMin' must be a finite number, got \"NaN\""), problems("targetMin", "NaN"));
        assertEquals(List.of(), problems("learningRate", 1e-12, "validation", 0.4999));
    }

    @Test
    void flagsTextsChoicesAndListsAreChecked() {
        assertEquals(List.of("'calibrate' must be true or false, got \"maybe\""), problems("calibrate", "maybe"));
        assertEquals(List.of("'formulaColumn' must be a non-empty text, got \" \""), problems("formulaColumn", " "));
        assertEquals(List.of("'loss' must be one of the known choices, got \"msa\" — did you mean 'mse'? Known: mse, l1, nll"),
                problems("loss", "msa"));
        assertEquals(List.of("'layers' must be a non-empty list of whole numbers from 1 to 4096, got [64, 0]"), problems("layers", List.of(64, 0)));
        assertEquals(List.of("'layers' must be a non-empty list of whole numbers from 1 to 4096, got []"), problems("layers", List.of()));
        assertEquals(List.of("'layers' must be a non-empty list of whole numbers from 1 to 4096, got \"16,x\""), problems("layers", "16,x"));
        assertEquals(List.of("'weights' must be a non-empty list of numbers from 0 to 1, got [0.5, NaN]"), problems("weights", List.of(0.5, Double.NaN)));
        assertEquals(List.of("'objectives' must be a non-empty text or list of texts, got [\"a:max\", \"\"]"), problems("objectives", List.of("a:max", "")));
    }

    @Test
    void missingRequiredAndUnknownParametersAreNamedWithASuggestion() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("epoch", 3);
        given.put("colour", "red");
        List<ParameterProblem> found = SCHEMA.check(Parameters.of(given));
        assertEquals("'objectives' is required: targets with directions", found.get(0).toString());
        assertEquals("epoch", found.get(1).parameter());
        assertTrue(found.get(1).message().startsWith("is not a parameter of this plug-in — did you mean 'epochs'? Known: calibrate, epochs"),
                found.get(1).message());
        assertTrue(found.get(2).message().startsWith("is not a parameter of this plug-in — known: "), found.get(2).message());
        assertEquals(3, found.size());
        assertEquals(List.of(new ParameterProblem("k", "is not a parameter: this plug-in takes none")),
                ParameterSchema.NONE.check(Parameters.of(Map.of("k", 1))));
    }

    @Test
    void everyProblemIsReportedAtOnceAndRequireThrowsThemAll() {
        assertEquals(3, problems("epochs", 0, "learningRate", 0, "memebrs", 3).size());
        String message = assertThrows(IllegalArgumentException.class,
                () -> SCHEMA.require("mlp-ensemble", Parameters.of(Map.of("epochs", 0, "objectives", "a:max")))).getMessage();
        assertEquals("mlp-ensemble: 'epochs' must be a whole number from 1 to 100000, got 0", message);
    }

    @Test
    void anUndeclaredSchemaAcceptsAnything() {
        assertEquals(List.of(), ParameterSchema.UNDECLARED.check(Parameters.of(Map.of("anything", Double.NaN))));
        assertTrue(!ParameterSchema.UNDECLARED.declared() && ParameterSchema.NONE.declared());
        assertThrows(IllegalArgumentException.class, () -> ParameterSchema.of(integer("a", 1, 0, 2, "a"), flag("a", true, "b")));
    }

    @Test
    void theMarkdownTableListsEachParameterWithItsDefaultAndRange() {
        String table = SCHEMA.markdownTable();
        assertTrue(table.contains("| `epochs` | whole number | 40 | 1 – 100000 | passes over the data |"), table);
        assertTrue(table.contains("| `learningRate` | number | 0.001 | (0, 1] | Adam learning rate |"), table);
        assertTrue(table.contains("| `loss` | choice | l1 | `mse`, `l1`, `nll` | loss |"), table);
        assertTrue(table.contains("| `layers` | list of whole numbers | 256, 128 | 1 – 4096 | hidden widths |"), table);
        assertTrue(table.contains("| `objectives` | list of texts | required | — | targets with directions |"), table);
        assertTrue(table.contains("| `targetMin` | number | — | any |"), table);
    }

    @Test
    void rulesBetweenParametersSeeTheDefaultsAndRunOnceEachValueIsValid() {
        ParameterSchema gan = ParameterSchema.of(integer("batch", 64, 2, 65_536, "rows"), integer("pack", 4, 1, 64, "packing"))
                .rule("batch", v -> v.integer("batch", 0) % v.integer("pack", 1) == 0 ? java.util.Optional.empty()
                        : java.util.Optional.of("must be a multiple of pack (" + v.integer("pack", 1) + "), got " + v.integer("batch", 0)));
        assertEquals(List.of(new ParameterProblem("batch", "must be a multiple of pack (4), got 30")), gan.check(Parameters.of(Map.of("batch", 30))));
        assertEquals(List.of(), gan.check(Parameters.of(Map.of("batch", 30, "pack", 3))));
        assertEquals(List.of(new ParameterProblem("pack", "must be a whole number from 1 to 64, got 0")),
                gan.check(Parameters.of(Map.of("batch", 30, "pack", 0))));
        assertEquals(Map.of("batch", 30, "pack", 4L), gan.withDefaults(Parameters.of(Map.of("batch", 30))).asMap());
        assertEquals(4L, gan.withDefaults(Parameters.empty()).asMap().get("pack"));
        assertEquals(1, gan.plus(flag("f", true, "f")).check(Parameters.of(Map.of("batch", 30))).size(), "plus keeps the rules");
    }

    @Test
    void layerListsAreReadFromAListOneNumberOrACommaSeparatedText() {
        Parameters p = Parameters.of(Map.of("a", List.of(256, 128L), "b", 16, "c", "64, 32", "d", "8,x"));
        assertEquals(List.of(256, 128), java.util.Arrays.stream(p.integers("a", null)).boxed().toList());
        assertEquals(List.of(16), java.util.Arrays.stream(p.integers("b", null)).boxed().toList());
        assertEquals(List.of(64, 32), java.util.Arrays.stream(p.integers("c", null)).boxed().toList());
        assertEquals(List.of(7), java.util.Arrays.stream(p.integers("absent", new int[] {7})).boxed().toList());
        assertEquals("parameter 'd' must list whole numbers, got 8,x", assertThrows(IllegalArgumentException.class, () -> p.integers("d", null)).getMessage());
    }

    /** A JSON number as a parser keeps it: its text as written. */
    private static final class Written extends Number {
        private final String text;

        Written(String text) {
            this.text = text;
        }

        @Override
        public int intValue() {
            return (int) doubleValue();
        }

        @Override
        public long longValue() {
            return (long) doubleValue();
        }

        @Override
        public float floatValue() {
            return (float) doubleValue();
        }

        @Override
        public double doubleValue() {
            return Double.parseDouble(text);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
