package org.matforge.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void aShortPlainTextIsQuotedAsItIs() {
        assertEquals("\"GaN\"", Excerpt.of("GaN"));
        assertEquals("\"Zn(O 😀\"", Excerpt.of("Zn(O 😀"));
        assertEquals("null", Excerpt.of(null));
    }

    @Test
    void controlAndInvisibleCharactersQuotesAndBackslashesAreEscaped() {
        assertEquals("\"a\\u000ab\\u0000c\\u001b[31m\"", Excerpt.of("a\nb\u0000c\u001b[31m"));
        assertEquals("\"say \\\"hi\\\" \\\\ bye\"", Excerpt.of("say \"hi\" \\ bye"));
        assertEquals("\"\\u202egnp.exe \\u2028 \\ufffd \\ud800\"", Excerpt.of("\u202egnp.exe \u2028 \ufffd \ud800"));
    }

    @Test
    void aLongTextIsCutToFortyCharactersWithItsLength() {
        String shadow = "root:$6$Q8vTbTq0$Hsecretsecretsecretsecretsecretsecretsecret:19000:0:99999:7:::";
        String excerpt = Excerpt.of(shadow);
        assertEquals("\"" + shadow.substring(0, Excerpt.MAX_LENGTH) + "…\" (" + shadow.length() + " chars)", excerpt);
        assertFalse(excerpt.contains(":19000"), excerpt);
        String emoji = "a" + "😀".repeat(30);
        assertTrue(Excerpt.of(emoji).startsWith("\"a" + "😀".repeat(19) + "…\""), "a pair is never split: " + Excerpt.of(emoji));
    }

    @Test
    void aPlainNameStaysBareAnythingElseIsAnExcerpt() {
        assertEquals("band_gap", Excerpt.name("band_gap"));
        assertEquals("MagpieData mean Number", Excerpt.name("MagpieData mean Number"));
        assertEquals("\"a,b\"", Excerpt.name("a,b"));
        assertEquals("\" x\"", Excerpt.name(" x"));
        assertEquals("\"\"", Excerpt.name(""));
        assertEquals("\"x\\u000a\"", Excerpt.name("x\n"));
        assertTrue(Excerpt.name("n".repeat(41)).endsWith("(41 chars)"));
    }
}
