package org.matforge.commons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CommandOptionsTest {
    private static final Set<String> KNOWN = Set.of("input", "output");

    @Test
    void readsBothForms() {
        CommandOptions o = CommandOptions.parse("x", new String[] {"--input", "a.csv", "--output=b.csv"}, KNOWN);
        assertEquals("a.csv", o.required("input"));
        assertEquals("b.csv", o.get("output", "none"));
    }

    @Test
    void errorsAreOneClearLine() {
        assertEquals("x: unknown option --inptu; options are --input, --output", message("--inptu", "a"));
        assertEquals("x: option --input needs a value", message("--input"));
        assertEquals("x: option --input given twice", message("--input", "a", "--input", "b"));
        assertEquals("x: unexpected argument 'a.csv'; options are --input, --output", message("a.csv"));
        assertEquals("x: missing required option --output", assertThrows(IllegalArgumentException.class,
                () -> CommandOptions.parse("x", new String[] {"--input", "a"}, KNOWN).required("output")).getMessage());
    }

    private static String message(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> CommandOptions.parse("x", args, KNOWN)).getMessage();
    }
}
